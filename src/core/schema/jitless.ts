import { config } from "zod";

/**
 * Sets zod never to compile code. By default zod builds its object parsers with the Function
 * constructor where it may (after probing `new Function("")`); the add-in's pages forbid that
 * (their Content-Security-Policy has no 'unsafe-eval'), so the probe would only raise a policy
 * violation. Every module that defines schemas imports this first, so it runs before any parse.
 */
config({ jitless: true });
