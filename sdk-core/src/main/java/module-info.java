/**
 * The csol SDK's core: the client, options, money, errors, paging, queries, changes feeds and the
 * Access tool.
 *
 * <p>This descriptor is the source of truth for what is API. Exported to everyone: {@code
 * io.csol.sdk.core}, {@code .access}, {@code .changes}, {@code .error}, {@code .paging},
 * {@code .poll}, {@code .query}, {@code .raw} and {@code .requests}. The service-provider interface tool modules are built on ({@code .spi},
 * {@code .spi.tool}) and the JSON helpers their tests decode with ({@code .json}) are exported
 * to the SDK's own modules only. Everything else (sign-in, transport, pipeline, retry) is not
 * exported. Jackson reads the wire records reflectively, so the packages holding them are open
 * to jackson-databind alone. See docs/errors.md for what each exception means.
 */
// "module": the qualified exports name the tool modules, which are built after this one;
// "requires-automatic": HttpClient 5 and Resilience4j ship no module-info, but their jars declare
// stable Automatic-Module-Name values, which are what these requires name
@SuppressWarnings({"module", "requires-automatic"})
module io.csol.sdk.core {
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires org.apache.httpcomponents.client5.httpclient5;
  requires org.apache.httpcomponents.core5.httpcore5;
  requires org.slf4j;
  requires io.github.resilience4j.core;
  requires io.github.resilience4j.circuitbreaker;

  exports io.csol.sdk.core;
  exports io.csol.sdk.core.access;
  exports io.csol.sdk.core.changes;
  exports io.csol.sdk.core.error;
  exports io.csol.sdk.core.paging;
  exports io.csol.sdk.core.poll;
  exports io.csol.sdk.core.query;
  exports io.csol.sdk.core.raw;
  exports io.csol.sdk.core.requests;

  // the service-provider interface: for the SDK's tool modules (and their shared test helper)
  exports io.csol.sdk.core.spi to
      io.csol.sdk.invoices, io.csol.sdk.statements, io.csol.sdk.requests,
      io.csol.sdk.testsupport;
  exports io.csol.sdk.core.spi.tool to
      io.csol.sdk.invoices, io.csol.sdk.statements, io.csol.sdk.requests,
      io.csol.sdk.testsupport;
  // the recording caller of the tool tests decodes answers exactly as the pipeline does
  exports io.csol.sdk.core.json to io.csol.sdk.testsupport;

  // wire records and enums bound by Jackson (records, package-private envelopes and bodies)
  opens io.csol.sdk.core to com.fasterxml.jackson.databind;
  opens io.csol.sdk.core.access to com.fasterxml.jackson.databind;
  opens io.csol.sdk.core.changes to com.fasterxml.jackson.databind;
  opens io.csol.sdk.core.error to com.fasterxml.jackson.databind;
  opens io.csol.sdk.core.internal to com.fasterxml.jackson.databind;
  opens io.csol.sdk.core.paging to com.fasterxml.jackson.databind;
  opens io.csol.sdk.core.requests to com.fasterxml.jackson.databind;
  // the changes feed's package-private wire records
  opens io.csol.sdk.core.spi.tool to com.fasterxml.jackson.databind;
}
