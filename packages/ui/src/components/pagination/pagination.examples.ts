import type { Example } from "../../internal/example";
import { type PaginationProps, paginationItems } from "./index";

const href = (page: number) => `/suche?q=ausweis&seite=${page}`;

export const paginationExamples: Example<PaginationProps>[] = [
  { name: "first of three", props: { items: paginationItems(1, 3, href), nextHref: href(2) } },
  {
    name: "middle of many",
    props: { items: paginationItems(6, 12, href), previousHref: href(5), nextHref: href(7) },
  },
  { name: "last page", props: { items: paginationItems(12, 12, href), previousHref: href(11) } },
  {
    name: "English",
    props: {
      items: paginationItems(2, 3, href),
      previousHref: href(1),
      nextHref: href(3),
      label: "Pagination",
      previousLabel: "Previous page",
      nextLabel: "Next page",
      pageLabel: "Page",
    },
  },
];
