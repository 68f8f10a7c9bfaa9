import type { SucheTexte } from "./de";

export const en: SucheTexte = {
  label: "What are you looking for?",
  hint: "For example: identity card, register your address, register a dog",
  button: "Search",
  title: "Search",
  resultsFor: (q, n) => `${n} ${n === 1 ? "result" : "results"} for “${q}”`,
  fuzzy: (q) => `No exact matches for “${q}”. Did you mean one of these services?`,
  none: (q) => `We found no service for “${q}”.`,
  noneHelp: "Check the spelling, try a more general word or browse the life situations.",
  empty: "Please enter a search term.",
  tooLong: (max) => `Your search term was very long. We searched for its first ${max} characters.`,
  pagination: "Search result pages",
  previous: "Previous page",
  next: "Next page",
  page: "Page",
};
