const base = (org: string) => `/api/orgs/${encodeURIComponent(org)}/people`;

export const peopleApi = {
  invitations: (org: string) => `${base(org)}/invitations`,
  invitation: (org: string, id: string) => `${base(org)}/invitations/${encodeURIComponent(id)}`,
  member: (org: string, id: string) => `${base(org)}/members/${encodeURIComponent(id)}`,
};
