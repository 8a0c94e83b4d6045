package io.csol.benchmarks;

import io.csol.benchmarks.generated.ApiClient;
import io.csol.benchmarks.generated.ApiException;
import io.csol.benchmarks.generated.api.AccessApi;
import io.csol.benchmarks.generated.api.InvoicesApi;
import io.csol.benchmarks.generated.api.StatementsApi;
import io.csol.benchmarks.generated.model.StatementLine;
import io.csol.benchmarks.generated.model.StatementLinePage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;

/**
 * The client openapi-generator (library {@code apache-httpclient}) builds from
 * {@code api/openapi.yaml}, used the way its README shows: one {@link ApiClient}, the token from
 * the generated {@code createToken}, paging by hand with {@code nextCursor}.
 *
 * <p>Nothing is added around it (no retry, no re-authentication), because that is what a team gets
 * from the generator; under the fault mix it therefore stops at the first failed page.
 */
final class GeneratedClient implements BenchClient {

  private final CloseableHttpClient http;
  private final InvoicesApi invoices;
  private final StatementsApi statements;

  GeneratedClient(URI baseUri, String clientId, String clientSecret) {
    // a pooled client: the generator's default also pools, but names no limits
    this.http = HttpClients.custom()
        .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().build())
        .build();
    ApiClient api = new ApiClient(http).setBasePath(baseUri.toString().replaceAll("/$", ""));
    try {
      String token = new AccessApi(api).createToken(null, null, "client_credentials", null, null,
          null, clientId, clientSecret, null).getAccessToken();
      api.setAccessToken(token);
    } catch (ApiException e) {
      throw new IllegalStateException("sign-in failed: HTTP " + e.getCode(), e);
    }
    this.invoices = new InvoicesApi(api);
    this.statements = new StatementsApi(api);
  }

  @Override
  public Object invoice(String number) {
    try {
      return invoices.getInvoice(number, null);
    } catch (ApiException e) {
      throw new IllegalStateException("getInvoice failed: HTTP " + e.getCode(), e);
    }
  }

  @Override
  public int firstPage(int limit) {
    try {
      return statements.listStatementLines(null, limit, null, null, null, null, null).getData().size();
    } catch (ApiException e) {
      throw new IllegalStateException("listStatementLines failed: HTTP " + e.getCode(), e);
    }
  }

  @Override
  public void readAll(String lastId, IdSink sink, Runnable pageWork) {
    String filter = lastId == null ? null : BenchClient.idUpTo(lastId);
    String cursor = null;
    do {
      StatementLinePage page;
      try {
        page = statements.listStatementLines(null, PAGE_SIZE, cursor, filter, null, null, null);
      } catch (ApiException e) {
        throw new IllegalStateException("listStatementLines failed: HTTP " + e.getCode(), e);
      }
      for (StatementLine line : page.getData()) {
        sink.accept(line.getId());
      }
      if (pageWork != null) {
        pageWork.run();
      }
      cursor = page.getNextCursor();
    } while (cursor != null);
  }

  @Override
  public void close() {
    try {
      http.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
