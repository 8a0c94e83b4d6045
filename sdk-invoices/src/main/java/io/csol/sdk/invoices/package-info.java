/** Placeholder until the module's code lands. */
package io.csol.sdk.invoices;
