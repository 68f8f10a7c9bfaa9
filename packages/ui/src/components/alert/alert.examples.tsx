import type { Example } from "../../internal/example";
import type { AlertProps } from "./index";

export const alertExamples: Example<AlertProps>[] = [
  {
    name: "info",
    props: {
      title: "Neue Öffnungszeiten",
      children: "Das Bürgerbüro ist ab 1. März montags bis 18 Uhr geöffnet.",
    },
  },
  {
    name: "success as status",
    props: {
      variant: "success",
      role: "status",
      headingLevel: 2,
      title: "Antrag eingegangen",
      children: "Ihr Aktenzeichen lautet 2026-000123.",
    },
  },
  {
    name: "warning with link",
    props: {
      variant: "warning",
      title: "Wartungsarbeiten",
      children: (
        <>
          <p className="kern-body">Am Samstag ist das Portal von 8 bis 12 Uhr nicht erreichbar.</p>
          <a className="kern-link" href="/wartung">
            Mehr zu den Wartungsarbeiten
          </a>
        </>
      ),
    },
  },
  {
    name: "danger, title only",
    props: { variant: "danger", title: "Die Zahlung ist fehlgeschlagen." },
  },
  {
    name: "English",
    props: {
      variant: "warning",
      title: "Maintenance",
      variantLabel: "Warning:",
      children: "The portal is unavailable on Saturday morning.",
    },
  },
];
