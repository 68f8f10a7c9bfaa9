import type { Example } from "../../internal/example";
import { Button } from "../button";
import type { CardProps } from "./index";

export const cardExamples: Example<CardProps>[] = [
  {
    name: "title and text",
    props: {
      title: "Bürgerbüro Altstadt",
      children: "Montag bis Freitag 8 bis 18 Uhr, ohne Termin.",
    },
  },
  {
    name: "with preline, subline and footer",
    props: {
      preline: "Antrag",
      title: "Wohngeld",
      subline: "Entwurf vom 3. März 2026",
      children: "Sie haben 4 von 6 Schritten ausgefüllt.",
      footer: (
        <Button href="/antraege/42" variant="secondary">
          Weiter ausfüllen
        </Button>
      ),
    },
  },
  {
    name: "small surface, level 3",
    props: {
      size: "small",
      surface: true,
      headingLevel: 3,
      title: "Kosten",
      children: "37,00 Euro",
    },
  },
  {
    name: "whole card linked",
    props: {
      href: "/leistungen/wohngeld",
      title: "Wohngeld beantragen",
      children: "Zuschuss zur Miete oder zu den Kosten für selbst genutztes Wohneigentum.",
    },
  },
  {
    name: "English",
    props: { title: "Citizens' office", children: "Monday to Friday, 8 am to 6 pm." },
  },
];
