package io.csol.examples.dashboard;

import io.csol.sdk.core.CsolClient;
import io.csol.sdk.core.Credentials;
import io.csol.sdk.invoices.InvoicesClient;
import io.csol.sdk.statements.StatementsClient;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Stand-in for the starter's auto-configuration until it is merged; deleted then. */
@Configuration(proxyBeanMethods = false)
class TemporaryClientConfiguration {
  @Bean
  CsolClient csolClient(Environment env) {
    return CsolClient.builder()
        .baseUri(URI.create(env.getRequiredProperty(ClientProperties.BASE_URI)))
        .credentials(Credentials.clientCredentials(env.getRequiredProperty(ClientProperties.CLIENT_ID),
            env.getRequiredProperty(ClientProperties.CLIENT_SECRET).toCharArray()))
        .build();
  }

  @Bean
  InvoicesClient invoicesClient(CsolClient client) {
    return InvoicesClient.of(client);
  }

  @Bean
  StatementsClient statementsClient(CsolClient client) {
    return StatementsClient.of(client);
  }
}
