// The package is being built (issue 10): the API comes in src/services.
export {};
