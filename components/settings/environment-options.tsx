/** The choices of a Lumen environment select, shared by first-run setup and Settings. */
export function EnvironmentOptions() {
  return (
    <>
      <option value="sandbox">Sandbox</option>
      <option value="production">Production</option>
    </>
  );
}
