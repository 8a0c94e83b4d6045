/**
 * Bridges from the request pipeline to package-private members of exported API packages (the
 * "shared secrets" pattern), so that what only the pipeline may do, such as recording how a
 * failed call went on its exception, is not a public method users can call. Not exported, not
 * API. Depends on no other SDK package, so it adds no package cycle.
 */
package io.csol.sdk.core.bridge;
