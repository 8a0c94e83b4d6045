package io.csol.benchmarks;

import io.csol.sdk.core.CallListener;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.RetryOptions;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementLine;
import io.csol.sdk.statements.StatementLineFields;
import io.csol.sdk.statements.StatementLineQuery;
import io.csol.sdk.statements.StatementsClient;
import java.net.URI;
import java.util.Iterator;

/**
 * csol-sdk with default settings; {@code prefetch} pages ahead (0 = off, the default),
 * {@code maxAttempts} per call (0 = the default retry options) and optionally one listener.
 */
final class SdkClient implements BenchClient {

  private final CsolClient csol;
  private final InvoicesClient invoices;
  private final StatementsClient statements;
  private final int prefetch;

  SdkClient(URI baseUri, String clientId, String clientSecret, int prefetch, int maxAttempts) {
    this(baseUri, clientId, clientSecret, prefetch, maxAttempts, null);
  }

  SdkClient(URI baseUri, String clientId, String clientSecret, int prefetch, int maxAttempts,
      CallListener listener) {
    CsolClient.Builder builder = CsolClient.builder()
        .baseUri(baseUri)
        .credentials(Credentials.clientCredentials(clientId, clientSecret.toCharArray()));
    if (maxAttempts > 0) {
      builder.retry(RetryOptions.builder().maxAttempts(maxAttempts).build());
    }
    if (listener != null) {
      builder.listener(listener);
    }
    this.csol = builder.build();
    this.invoices = InvoicesClient.of(csol);
    this.statements = StatementsClient.of(csol);
    this.prefetch = prefetch;
  }

  @Override
  public Object invoice(String number) {
    return invoices.getInvoice(number);
  }

  @Override
  public int firstPage(int limit) {
    return statements.listStatementLines().pageSize(limit).list().byPage().iterator().next().items().size();
  }

  @Override
  public void readAll(String lastId, IdSink sink, Runnable pageWork) {
    StatementLineQuery search = statements.listStatementLines().pageSize(PAGE_SIZE);
    if (lastId != null) {
      search = search.where(StatementLineFields.ID.le(lastId));
    }
    Iterator<StatementLine> it = search.list().prefetch(prefetch).iterator();
    int onPage = 0;
    while (it.hasNext()) {
      sink.accept(it.next().id());
      if (++onPage == PAGE_SIZE) {
        onPage = 0;
        if (pageWork != null) {
          pageWork.run();
        }
      }
    }
    if (onPage > 0 && pageWork != null) {
      pageWork.run();
    }
  }

  @Override
  public void close() {
    csol.close();
  }
}
