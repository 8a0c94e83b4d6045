/**
 * The billing world the Invoices and Statements tools share
 * ({@link io.csol.sandbox.tools.invoices}, {@link io.csol.sandbox.tools.statements}): a
 * deterministic ledger generated from the seed and scale ({@link io.csol.sandbox.tools.billing.BillingState},
 * one per server state), its records and engine specs (built from the catalogues generated from
 * {@code api/openapi.yaml}), PDF documents and CSV/XLSX exports. It registers no routes itself.
 *
 * <p>Public only for the two tool modules and sandbox tests; not API.
 * {@link io.csol.sandbox.tools.billing.BillingIds} is also meant for later tool modules, which
 * resolve the order, contract and serial numbers that invoices carry.
 */
package io.csol.sandbox.tools.billing;
