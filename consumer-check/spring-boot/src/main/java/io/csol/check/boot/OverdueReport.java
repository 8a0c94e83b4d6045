package io.csol.check.boot;

import io.csol.sdk.invoices.Invoice;
import io.csol.sdk.invoices.InvoiceStatus;
import io.csol.sdk.invoices.InvoicesClient;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** What a Boot application writes: a component that gets the auto-configured InvoicesClient. */
@Component
public class OverdueReport {

  private final InvoicesClient invoices;

  public OverdueReport(InvoicesClient invoices) {
    this.invoices = invoices;
  }

  public List<Invoice> firstOverdue(int count) {
    return invoices.listInvoices().status(InvoiceStatus.OVERDUE).pageSize(10).stream()
        .limit(count).collect(Collectors.toList());
  }
}
