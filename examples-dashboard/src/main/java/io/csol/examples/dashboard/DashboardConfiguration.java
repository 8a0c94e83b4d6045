package io.csol.examples.dashboard;

import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementsClient;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The projection, built on the starter's tool client beans. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

  @Bean
  ReceivablesProjection receivablesProjection(InvoicesClient invoices, StatementsClient statements,
                                              DashboardProperties properties) {
    return new ReceivablesProjection(invoices, statements, Clock.systemUTC(),
        properties.pageRefresh().toSeconds());
  }
}
