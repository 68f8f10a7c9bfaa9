import type { Example } from "../../internal/example";
import type { DetailsProps } from "./index";

export const detailsExamples: Example<DetailsProps>[] = [
  {
    name: "closed",
    props: {
      summary: "Welche Unterlagen brauche ich?",
      children: (
        <p className="kern-body">Ihren bisherigen Ausweis und ein biometrisches Passbild.</p>
      ),
    },
  },
  {
    name: "open",
    props: {
      open: true,
      summary: "Was kostet das?",
      children: <p className="kern-body">37,00 Euro, unter 24 Jahren 22,80 Euro.</p>,
    },
  },
  {
    name: "in an exclusive group",
    props: {
      name: "faq",
      summary: "Wie lange dauert es?",
      children: (
        <ul className="kern-list kern-list--bullet">
          <li>In der Regel 3 bis 4 Wochen.</li>
          <li>Ein vorläufiger Ausweis ist sofort erhältlich.</li>
        </ul>
      ),
    },
  },
  {
    name: "English",
    props: {
      summary: "Which documents do I need?",
      children: <p className="kern-body">Your current ID card and a biometric photo.</p>,
    },
  },
];
