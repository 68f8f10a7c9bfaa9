import type { Example } from "../../internal/example";
import type { AddressProps } from "./index";

export const addressExamples: Example<AddressProps>[] = [
  {
    name: "authority with contact details",
    props: {
      address: {
        name: "Landeshauptstadt Dresden",
        department: "Bürgerbüro Altstadt",
        street: "Theaterstraße",
        houseNumber: "11",
        postalCode: "01067",
        city: "Dresden",
      },
      contact: {
        phone: "0351 488-0",
        email: "buergerbuero@dresden.de",
        website: "https://www.dresden.de/",
      },
    },
  },
  {
    name: "post office box",
    props: {
      address: {
        name: "Sächsische Staatskanzlei",
        postOfficeBox: "10 09 10",
        postalCode: "01079",
        city: "Dresden",
      },
    },
  },
  {
    name: "street only",
    props: {
      address: { street: "Archivstraße", houseNumber: "1", postalCode: "01097", city: "Dresden" },
    },
  },
  {
    name: "English labels, address abroad",
    props: {
      address: {
        name: "Verbindungsbüro des Freistaates Sachsen",
        street: "Rue du Luxembourg",
        houseNumber: "3",
        postalCode: "1000",
        city: "Brüssel",
        country: "Belgien",
      },
      contact: { phone: "+32 2 550 15 40", fax: "+32 2 550 15 42" },
      labels: { phone: "Phone", fax: "Fax" },
    },
  },
];
