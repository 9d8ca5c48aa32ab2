"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { ArrowRightLeft } from "lucide-react";
import { useMemo } from "react";
import { useForm, useWatch } from "react-hook-form";
import { FeaturesStep } from "@/components/install/features-step";
import { onlyServiceName, ServiceStep, type ServiceNameChoice } from "@/components/install/service-step";
import { SubscriberStep } from "@/components/install/subscriber-step";
import { NetworkError } from "@/components/wizard/portal-api";
import { RequestResults } from "@/components/wizard/request-results";
import { submitOnEnterInChoices } from "@/components/wizard/submit-on-enter-in-choices";
import { useOrderBatch, type BatchOrder } from "@/components/wizard/use-order-batch";
import { SUBMIT_INVALID, useWizardSteps } from "@/components/wizard/use-wizard-steps";
import { correctAndSendAgain, WizardDoneActions, WizardFrame, WizardSubmit } from "@/components/wizard/wizard-frame";
import { ENHANCED_LOCAL_SERVICE, type ProductId } from "@/lib/lumen/schemas/fields/product-id";
import { MAX_TNS_PER_PORT } from "@/lib/lumen/schemas/port-order";
import { LosingCarrierStep } from "./losing-carrier-step";
import { PortNumbersStep } from "./port-numbers-step";
import { PortReviewStep } from "./port-review-step";
import { EMPTY_PORT, initialPortValues, makePortWizardSchema, planPort, PORT_STEP_FIELDS, type PortWizardValues } from "./port-wizard-schema";
import { fetchPortability, sortByPortability } from "./portability";
import { PortabilityStep } from "./portability-step";

const PORTABILITY = 1;
const REVIEW = 5;
const RESULTS = 6;

/** Never kept in the tab's draft: the losing carrier's PIN is a secret. */
const PORT_SECRETS = ["losingCarrierPin"] as const satisfies readonly (keyof PortWizardValues)[];

function stepsFor(productID: PortWizardValues["productID"]) {
  const els = productID === ENHANCED_LOCAL_SERVICE;
  return [
    { title: "Numbers", hint: "The numbers to bring over from the losing carrier, typed or pasted." },
    { title: "Portability", hint: "Lumen checks every number; the ones it cannot port now are set aside." },
    { title: "Losing carrier and authorization", hint: "The letter of authorization, the losing carrier's account, and when to port." },
    { title: "Product and subscriber", hint: "Local Inbound or Enhanced Local Service, who the subscriber is and where the service is." },
    els
      ? { title: "Caller name, E911 and listing", hint: "What callers see, how 911 is handled, and the directory listing." }
      : { title: "Caller name", hint: "What the people these numbers call see. Local Inbound has no 911 and no listing." },
    { title: "Review", hint: "What will be sent to Lumen, and in how many requests." },
    { title: "Results", hint: "Each request's answer from Lumen, with a link to its order." },
  ];
}

interface PortWizardProps {
  org: string;
  serviceNames: ServiceNameChoice;
  /** The organization's default product (Settings): the form starts with it chosen. */
  defaultProductId?: ProductId | null;
}

/**
 * The port-in wizard: one form across its steps, so going back loses nothing. The key made
 * when the wizard opens names the batch; request `i` (at most the port limit) gets `${key}-${i}`.
 */
export function PortWizard({ org, serviceNames, defaultProductId = null }: PortWizardProps) {
  const wizard = useWizardSteps();
  const { step, batchKey, goTo, setStepError } = wizard;
  const schema = useMemo(() => makePortWizardSchema({ serviceNameRequired: serviceNames.required }), [serviceNames.required]);
  const form = useForm<PortWizardValues>({ resolver: zodResolver(schema), defaultValues: initialPortValues(defaultProductId, onlyServiceName(serviceNames)), mode: "onChange" });
  const { control, trigger, getValues, setValue } = form;
  const [productID, tnText, setAside] = useWatch({ control, name: ["productID", "tnText", "setAside"] });
  const submission = useOrderBatch(org);
  const queryClient = useQueryClient();
  const started = submission.results !== null;
  const steps = stepsFor(productID);

  // Every valid number typed is checked, including any set aside by an earlier check.
  const typed = useMemo(() => planPort({ ...EMPTY_PORT, tnText }).numbers, [tnText]);
  const portabilityQuery = {
    queryKey: ["port-in", org, "portability", [...typed].sort()],
    queryFn: () => fetchPortability(org, typed),
    staleTime: 60_000,
  };
  const portability = useQuery({
    ...portabilityQuery,
    enabled: step === PORTABILITY && typed.length > 0,
    retry: (count, error) => error instanceof NetworkError && count < 1,
  });

  async function leavePortability() {
    let answer;
    try {
      // Pressed while the check is still on its way: wait for that same request.
      answer = await queryClient.fetchQuery(portabilityQuery);
    } catch {
      return setStepError("Lumen's portability check could not be made; try again.");
    }
    const verdict = sortByPortability(typed, answer.lumen, answer.inFlight);
    setValue("setAside", verdict.setAside.map((n) => n.tn));
    if (verdict.portable.length === 0) return setStepError("None of the numbers can be ported: go back and add others.");
    goTo(PORTABILITY + 1);
  }

  async function next() {
    if (step === PORTABILITY) return leavePortability();
    // The check that follows decides afresh which numbers go; an earlier verdict must not
    // block the same numbers from being checked again.
    if (step === 0) setValue("setAside", []);
    const fields = PORT_STEP_FIELDS[step];
    wizard.advance(!!fields && (await trigger([...fields], { shouldFocus: true })));
  }

  async function port() {
    if (submission.pending || started) return;
    if (!(await trigger())) return setStepError(SUBMIT_INVALID);
    goTo(RESULTS);
    await submission.send(batchKey, portOrders(getValues()));
  }

  function portMore() {
    form.reset(initialPortValues(defaultProductId, onlyServiceName(serviceNames)));
    submission.reset();
    wizard.startOver();
  }

  const plan = step >= REVIEW ? planPort(getValues()) : null;
  const porting = step >= PORTABILITY + 1 ? planPort({ ...EMPTY_PORT, tnText, setAside }).porting : [];

  return (
    <WizardFrame
      draft={{ key: `${org}/port-in`, omit: PORT_SECRETS }}
      form={form}
      label="Port-in steps"
      steps={steps}
      wizard={wizard}
      started={started}
      onSubmit={() => {
        if (step < REVIEW) void next();
        else if (step === REVIEW) void port();
      }}
      onKeyDown={submitOnEnterInChoices}
      lastStep={step >= REVIEW}
      action={
        step === REVIEW ? (
          <WizardSubmit pending={submission.pending} started={started} icon={ArrowRightLeft}>
            Port numbers
          </WizardSubmit>
        ) : (
          submission.done && (
            <WizardDoneActions
              orders={{ href: `/${org}/orders?type=port`, label: "Port orders" }}
              moreLabel="Port more"
              onMore={portMore}
              onCorrect={correctAndSendAgain(submission, wizard, REVIEW)}
            />
          )
        )
      }
    >
      {step === 0 && <PortNumbersStep />}
      {step === PORTABILITY && <PortabilityStep numbers={typed} query={portability} />}
      {step === 2 && <LosingCarrierStep porting={porting} />}
      {step === 3 && (
        <>
          <ServiceStep serviceNames={serviceNames} installDate={false} />
          <SubscriberStep />
        </>
      )}
      {step === 4 && <FeaturesStep />}
      {step === REVIEW && plan && <PortReviewStep plan={plan} setAsideCount={setAside.length} />}
      {step === RESULTS && plan && submission.results && (
        <RequestResults
          org={org}
          label="Port results"
          tnLists={plan.requests.map((request) => request.tnList)}
          maxPerRequest={MAX_TNS_PER_PORT}
          placedNote={
            <>
              Lumen now asks the losing carrier to release the numbers. The FOC date arrives with notification 903; the numbers
              turn active on it (10002). Each order&apos;s page follows its port.
            </>
          }
          results={submission.results}
          pending={submission.pending}
          onRetry={(indexes) => void submission.send(batchKey, portOrders(getValues()), indexes)}
          onPlacedAgain={submission.placedAgain}
        />
      )}
    </WizardFrame>
  );
}

/** One port order per request of at most the port limit, all for the same subscriber. */
function portOrders(values: PortWizardValues): BatchOrder[] {
  return planPort(values).requests.map((request) => ({ type: "port", request }));
}
