import { Fragment, type ReactNode } from "react";

/** A German postal address (DIN 5008 order). */
export interface PostalAddress {
  /** Recipient: authority or person, e.g. "Landeshauptstadt Dresden". */
  name?: string;
  /** Organisational unit, e.g. "Bürgerbüro Altstadt". */
  department?: string;
  /** Addition such as "Haus B, 2. Etage" or "c/o …". */
  supplement?: string;
  street?: string;
  houseNumber?: string;
  /** Post office box number; the box line replaces street and house number for letters. */
  postOfficeBox?: string;
  /** Postal code and city make the last line; where the source lacks one, the line has the other. */
  postalCode?: string;
  city?: string;
  /** Only for addresses abroad; leave out for Germany. */
  country?: string;
}

/** Ways to reach the addressee, each rendered as a link where one exists. */
export interface ContactDetails {
  phone?: string;
  fax?: string;
  email?: string;
  /** Full URL of the website. */
  website?: string;
}

export interface AddressProps {
  address: PostalAddress;
  contact?: ContactDetails;
  /** Labels in front of contact lines and the post office box. German defaults; pass English ones on English pages. */
  labels?: Partial<Record<"phone" | "fax" | "email" | "website" | "postOfficeBox", string>>;
}

const defaultLabels = {
  phone: "Telefon",
  fax: "Fax",
  email: "E-Mail",
  website: "Internet",
  postOfficeBox: "Postfach",
};

/** `tel:` URI from a written German number: keep digits and a leading plus, drop spaces, slashes, dashes. */
export function telHref(phone: string): string {
  const trimmed = phone.trim();
  return `tel:${trimmed.startsWith("+") ? "+" : ""}${trimmed.replace(/\D/g, "")}`;
}

function lines(parts: ReactNode[]): ReactNode {
  const present = parts.filter((part) => part !== undefined && part !== null && part !== "");
  return present.map((part, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: lines have a fixed order
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {part}
    </Fragment>
  ));
}

/**
 * Postal address and contact details of an authority in `<address>`, the element HTML defines
 * for contact information of the page's subject (here: the responsible authority). One address
 * line per `<br>`, in DIN 5008 order, so it reads and copies like a letter's address. Phone
 * numbers and e-mail addresses are links, which phones and screen readers offer as actions.
 */
export function Address({ address, contact, labels = {} }: AddressProps) {
  const text = { ...defaultLabels, ...labels };
  const street = [address.street, address.houseNumber].filter(Boolean).join(" ");
  const contactLines: ReactNode[] = contact
    ? [
        contact.phone ? (
          <>
            {text.phone}:{" "}
            <a className="kern-link" href={telHref(contact.phone)}>
              {contact.phone}
            </a>
          </>
        ) : undefined,
        contact.fax ? `${text.fax}: ${contact.fax}` : undefined,
        contact.email ? (
          <>
            {text.email}:{" "}
            <a className="kern-link" href={`mailto:${contact.email}`}>
              {contact.email}
            </a>
          </>
        ) : undefined,
        contact.website ? (
          <>
            {text.website}:{" "}
            <a className="kern-link" href={contact.website}>
              {contact.website.replace(/^https?:\/\//, "").replace(/\/$/, "")}
            </a>
          </>
        ) : undefined,
      ]
    : [];
  return (
    <address className="kern-body">
      {lines([
        address.name,
        address.department,
        address.supplement,
        address.postOfficeBox ? `${text.postOfficeBox} ${address.postOfficeBox}` : street,
        [address.postalCode, address.city].filter(Boolean).join(" "),
        address.country,
      ])}
      {contactLines.some(Boolean) ? (
        <>
          <br />
          {lines(contactLines)}
        </>
      ) : null}
    </address>
  );
}
