package io.csol.sandbox.tools.requests;

import io.csol.sandbox.engine.Collection;
import io.csol.sandbox.engine.MemoryStore;
import io.csol.sandbox.spi.ProblemException;
import io.csol.sandbox.spi.SandboxContext;
import io.csol.sandbox.spi.SandboxWorld;
import io.csol.sandbox.tools.billing.BillingState;
import io.csol.sandbox.tools.billing.Invoice;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one request store of a server state: every request of every tool (opened through
 * {@code /v1/requests}, by an invoice dispute, by an entitlement request, and the seeded ones),
 * their messages and attachments, with one tracking-number sequence.
 *
 * <p>Support works on the sandbox clock, lazily: {@link #advance()} (called by every requests
 * route) applies the transitions due by the clock's instant, SUBMITTED, then ACKNOWLEDGED 15
 * minutes after opening, IN_PROGRESS two hours later, ANSWERED (with a SUPPORT message) at a time
 * derived from the tracking number, about one in five after respond-by. Each transition is an
 * UPSERT in the changes feed. No thread runs in the background.
 *
 * <p>Attachments are kept in memory, bounded by {@link #MAX_STORED_BYTES} over all of them.
 * Thread-safe: every change holds the store's lock.
 */
public final class RequestStore {

  static final Duration ACKNOWLEDGE_AFTER = Duration.ofMinutes(15);
  static final Duration PROGRESS_AFTER = Duration.ofHours(2);
  static final Duration STAGED_TTL = Duration.ofHours(24);
  /**
   * How much attachment content one server state holds at most: 512 MiB, or a quarter of the
   * heap when that is less, so that a full store answers 503 rather than the JVM running out of
   * memory (a test JVM's heap may be smaller than 512 MiB); never less than one largest attachment.
   */
  static final long MAX_STORED_BYTES = Math.max(Attachments.MAX_SIZE,
      Math.min(512L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 4));

  private static final String[] AGENTS = {"Maria Lind", "Jonas Weber", "Aiko Tanaka", "Omar Haddad"};

  private final Clock clock;
  private final SandboxWorld world;
  private final BillingState billing;
  private final Collection<SupportRequest> collection;
  private final Map<String, SupportRequest> byNumber = new LinkedHashMap<>();
  private final Map<String, List<Message>> messages = new HashMap<>();
  private final Map<String, StoredAttachment> attachments = new HashMap<>();
  private final SecureRandom random = new SecureRandom();
  private long sequence = 100_000;
  private long messageSequence;
  private long storedBytes;
  private long reservedBytes;
  private boolean seeded;

  /** Returns the store of the context's server state, creating it on first use (every tool calls this). */
  public static RequestStore of(SandboxContext context) {
    Objects.requireNonNull(context, "context");
    return context.shared(RequestStore.class, () -> new RequestStore(context));
  }

  RequestStore(SandboxContext context) {
    this.clock = context.clock();
    this.world = context.world();
    this.billing = BillingState.of(context);
    this.collection = new Collection<>(RequestSpecs.requests(clock),
        new MemoryStore<>(RequestSpecs.requests(clock)), clock, context.cursorKey());
  }

  Collection<SupportRequest> collection() {
    return collection;
  }

  BillingState billing() {
    return billing;
  }

  SandboxWorld world() {
    return world;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /**
   * Opens the request of an invoice dispute (category INVOICES, related to the invoice).
   *
   * @return the request as opened
   */
  public synchronized SupportRequest openDispute(Invoice invoice, String reason, String details, String subject) {
    Objects.requireNonNull(invoice, "invoice");
    Contact contact = contactOf(subject);
    return open(new Draft("INVOICES", "Dispute of invoice " + invoice.number() + " (" + reason + ")",
        details, invoice.customerNumber(), "INVOICE", invoice.number(), contact, List.of()), now());
  }

  /**
   * Opens the request of an entitlement request (category ACCOUNT, related to the ENTITLEMENT
   * {@code TOOL:customerNumber}).
   *
   * @return the request as opened
   */
  public synchronized SupportRequest openEntitlementRequest(String tool, String customerNumber, String justification,
                               String subject) {
    Objects.requireNonNull(tool, "tool");
    Objects.requireNonNull(customerNumber, "customerNumber");
    String text = justification == null || justification.isBlank()
        ? "Please grant access to " + tool + " for customer " + customerNumber + "." : justification;
    return open(new Draft("ACCOUNT", "Access to " + tool + " for customer " + customerNumber, text, customerNumber,
        "ENTITLEMENT", tool + ":" + customerNumber, contactOf(subject), List.of()), now());
  }

  /** What a new request holds; {@code attachmentIds} are staged uploads already checked. */
  record Draft(String category, String subject, String description, String customerNumber, String relatedType,
         String relatedId, Contact contact, List<String> attachmentIds) { }

  /** A contact: who support answers. */
  record Contact(String name, String email) { }

  Contact contactOf(String subject) {
    return world.account(subject).map(a -> new Contact(a.name(), a.email()))
        .orElse(new Contact(subject, subject + "@example.com"));
  }

  /** Opens a request at {@code at}; the opening description is its first CUSTOMER message. */
  synchronized SupportRequest open(Draft draft, Instant at) {
    ensureSeeded();
    requireUnused(draft.attachmentIds());
    return openUnseeded(draft, at, null);
  }

  /**
   * Checks again, under the lock that attaches them, that staged uploads are still unused: the
   * route checked them under an earlier hold of it, and two concurrent calls naming one upload
   * would otherwise both attach it (the second silently taking it from the first).
   */
  private void requireUnused(List<String> attachmentIds) {
    for (int i = 0; i < attachmentIds.size(); i++) {
      StoredAttachment a = attachments.get(attachmentIds.get(i));
      if (a == null || a.trackingNumber() != null) {
        throw ProblemException.validationFailed("attachmentIds[" + i + "]", "'" + attachmentIds.get(i)
            + "' is not an unused upload of yours (uploads are usable once, within 24 hours)");
      }
    }
  }

  private SupportRequest openUnseeded(Draft draft, Instant at, String trackingNumber) {
    String number = trackingNumber != null ? trackingNumber
        : "R-" + at.atZone(ZoneOffset.UTC).getYear() + "-" + String.format("%06d", ++sequence);
    String country = world.customer(draft.customerNumber()).map(SandboxWorld.Customer::country).orElse(null);
    Instant respondBy = BusinessDays.respondBy(at, country);
    SupportRequest request = new SupportRequest(number, draft.category(), "SUBMITTED", draft.subject(),
        draft.customerNumber(), at, respondBy, draft.relatedType(), draft.relatedId(), draft.description(),
        draft.contact().name(), draft.contact().email(), null, null, at, false, 0,
        firstAnswer(number, at, respondBy));
    addMessage(number, "CUSTOMER", draft.contact().name(), draft.description(), at,
        draft.attachmentIds());
    request = request.customerWrote(at, "SUBMITTED", request.answerAt());
    put(request);
    return request;
  }

  /** When support first answers: deterministic per tracking number, about one in five after respond-by. */
  static Instant firstAnswer(String trackingNumber, Instant createdAt, Instant respondBy) {
    int h = trackingNumber.hashCode() & 0x7fffffff;
    Instant inProgress = createdAt.plus(ACKNOWLEDGE_AFTER).plus(PROGRESS_AFTER);
    if (h % 5 == 0) {
      return respondBy.plus(Duration.ofHours(1 + h / 5 % 6));
    }
    long window = Math.max(60, Duration.between(inProgress, respondBy).getSeconds() - 600);
    return inProgress.plusSeconds(window * (5 + h / 5 % 90) / 100);
  }

  private Message addMessage(String trackingNumber, String author, String authorName, String body, Instant at,
                 List<String> attachmentIds) {
    String id = "M-" + String.format("%06d", ++messageSequence);
    for (String a : attachmentIds) {
      attachments.computeIfPresent(a, (k, v) -> v.attachTo(trackingNumber, id));
    }
    Message message = new Message(id, author, authorName, body, at, attachmentIds);
    messages.computeIfAbsent(trackingNumber, k -> new ArrayList<>()).add(message);
    return message;
  }

  private void put(SupportRequest request) {
    byNumber.put(request.trackingNumber(), request);
    collection.put(request);
  }

  /** Applies every support transition due by now; each is an UPSERT in the changes feed. */
  synchronized void advance() {
    ensureSeeded();
    Instant now = now();
    for (String trackingNumber : List.copyOf(byNumber.keySet())) {
      catchUp(trackingNumber, now);
    }
  }

  /** Applies the transitions of one request due by {@code at} and returns it as it then is. */
  private SupportRequest catchUp(String trackingNumber, Instant at) {
    SupportRequest r = byNumber.get(trackingNumber);
    SupportRequest next = step(r, at);
    if (next != r) {
      put(next);
    }
    return next;
  }

  private SupportRequest step(SupportRequest request, Instant now) {
    SupportRequest r = request;
    while (true) {
      Instant acknowledged = r.createdAt().plus(ACKNOWLEDGE_AFTER);
      Instant inProgress = acknowledged.plus(PROGRESS_AFTER);
      if (r.status().equals("SUBMITTED") && !now.isBefore(acknowledged)) {
        r = r.with("ACKNOWLEDGED", acknowledged);
      } else if (r.status().equals("ACKNOWLEDGED") && !now.isBefore(inProgress)) {
        r = r.with("IN_PROGRESS", inProgress);
      } else if (r.status().equals("IN_PROGRESS") && r.answerAt() != null && !now.isBefore(r.answerAt())) {
        Instant at = r.answerAt();
        addMessage(r.trackingNumber(), "SUPPORT", agent(r), answerText(r), at, List.of());
        r = r.answered(at);
      } else {
        break;
      }
    }
    if (r == request && r.answeredAt() == null && !r.status().equals("CLOSED") && now.isAfter(r.respondBy())
        && !r.updatedAt().isAfter(r.respondBy())) {
      // becoming overdue is a change a feed reader wants to see
      r = r.touched(r.respondBy());
    }
    return r;
  }

  private static String agent(SupportRequest r) {
    return "csol support (" + AGENTS[(r.trackingNumber().hashCode() & 0x7fffffff) % AGENTS.length] + ")";
  }

  private static String answerText(SupportRequest r) {
    if (r.answeredAt() != null) {
      return "Thank you for your message on request " + r.trackingNumber() + ". We have added it to the case and"
          + " our answer above still applies; reply if anything is unclear.";
    }
    String id = r.relatedId();
    return switch (r.category()) {
      case "INVOICES" -> "Thank you, we have checked invoice " + (id == null ? "you named" : id) + ". The amounts"
          + " match the order confirmation; where they do not, a credit note will follow within five business days.";
      case "ACCOUNT" -> "Thank you, we have forwarded your request to your company's csol administrator, who"
          + " decides on access. You will be notified of the decision.";
      case "INVENTORY" -> "Thank you, we have checked the installed item" + (id == null ? "" : " " + id) + ". Its"
          + " maintenance plan is up to date; the next service visit will be proposed to you four weeks ahead.";
      default -> "Thank you for your request. We have looked into it and updated your account accordingly;"
          + " reply to this message if you need anything else.";
    };
  }

  /** Returns the request if it exists and {@code customers} holds its customer number. */
  synchronized Optional<SupportRequest> find(String trackingNumber, List<String> customers) {
    ensureSeeded();
    SupportRequest r = byNumber.get(trackingNumber);
    return r != null && customers.contains(r.customerNumber()) ? Optional.of(r) : Optional.empty();
  }

  /** Returns the request (for other tools and tests), whoever holds it. */
  public synchronized Optional<SupportRequest> request(String trackingNumber) {
    ensureSeeded();
    return Optional.ofNullable(byNumber.get(trackingNumber));
  }

  /** Returns every request, oldest tracking number first (for tests and the demo). */
  public synchronized List<SupportRequest> requests() {
    ensureSeeded();
    List<SupportRequest> all = new ArrayList<>(byNumber.values());
    all.sort((a, b) -> a.trackingNumber().compareTo(b.trackingNumber()));
    return all;
  }

  synchronized List<Message> messages(String trackingNumber) {
    return List.copyOf(messages.getOrDefault(trackingNumber, List.of()));
  }

  /** Adds a customer message; on ANSWERED the request goes back to IN_PROGRESS and support answers again. */
  synchronized Message customerMessage(SupportRequest request, String authorName, String body,
                     List<String> attachmentIds) {
    // The route caught up under an earlier hold of the lock; the clock may have moved since (another
    // thread, or real time), and an answer due before this message must come before it.
    Instant now = now();
    SupportRequest current = catchUp(request.trackingNumber(), now);
    if (current.status().equals("CLOSED")) {
      throw ProblemException.conflict("request " + current.trackingNumber() + " is CLOSED; open a new request")
          .with("trackingNumber", current.trackingNumber());
    }
    requireUnused(attachmentIds);
    Message message = addMessage(current.trackingNumber(), "CUSTOMER", authorName, body, now, attachmentIds);
    boolean reopen = current.status().equals("ANSWERED");
    int h = current.trackingNumber().hashCode() & 0x7fffffff;
    Instant answerAt = reopen ? now.plus(PROGRESS_AFTER).plus(Duration.ofHours(h % 3)) : current.answerAt();
    put(current.customerWrote(now, reopen ? "IN_PROGRESS" : current.status(), answerAt));
    return message;
  }

  /** Closes a request; already CLOSED is 409 conflict. */
  synchronized SupportRequest close(SupportRequest request) {
    Instant now = now();
    // as in customerMessage: what fell due before the close happened before it
    SupportRequest current = catchUp(request.trackingNumber(), now);
    if (current.status().equals("CLOSED")) {
      throw ProblemException.conflict("request " + current.trackingNumber() + " is already CLOSED")
          .with("trackingNumber", current.trackingNumber());
    }
    SupportRequest closed = current.closed(now);
    put(closed);
    return closed;
  }

  // ----- attachments

  /**
   * Reserves room for an upload of {@code size} bytes before it is read: unused staged uploads
   * older than 24 hours are dropped first; when there is still no room, 503.
   */
  synchronized void reserve(long size) {
    dropExpired();
    if (storedBytes + reservedBytes + size > MAX_STORED_BYTES) {
      throw new ProblemException(503, "unavailable", "Service unavailable",
          "the sandbox holds " + MAX_STORED_BYTES + " bytes of attachments at most; reset it or retry later")
          .header("Retry-After", "60");
    }
    reservedBytes += size;
  }

  synchronized void release(long size) {
    reservedBytes -= size;
  }

  /** Stores a reserved upload as a staged attachment of {@code owner}. */
  synchronized StoredAttachment stage(String owner, String name, String mediaType, byte[] bytes, byte[] sha256) {
    reservedBytes -= bytes.length;
    storedBytes += bytes.length;
    byte[] raw = new byte[12];
    random.nextBytes(raw);
    String id = "A-" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    StoredAttachment a = new StoredAttachment(id, owner, name, mediaType, bytes, sha256, now(), null, null);
    attachments.put(id, a);
    return a;
  }

  /**
   * Checks that each id is a staged upload of {@code owner} (unknown, expired, used or another
   * user's: 422 naming {@code field[i]}).
   */
  synchronized List<String> requireStaged(String owner, List<String> ids, String field) {
    dropExpired();
    List<String> result = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      StoredAttachment a = attachments.get(id);
      if (a == null || !a.owner().equals(owner) || a.trackingNumber() != null || result.contains(id)) {
        throw ProblemException.validationFailed(field + "[" + i + "]", "'" + id
            + "' is not an unused upload of yours (uploads are usable once, within 24 hours)");
      }
      result.add(id);
    }
    return result;
  }

  /** Returns how many attachments (staged or attached) the store holds. */
  synchronized int attachmentCount() {
    return attachments.size();
  }

  synchronized Optional<StoredAttachment> attachment(String id) {
    return Optional.ofNullable(attachments.get(id));
  }

  private void dropExpired() {
    Instant limit = now().minus(STAGED_TTL);
    attachments.values().removeIf(a -> {
      boolean drop = a.trackingNumber() == null && a.uploadedAt().isBefore(limit);
      if (drop) {
        storedBytes -= a.bytes().length;
      }
      return drop;
    });
  }

  // ----- seeds

  private void ensureSeeded() {
    if (!seeded) {
      seeded = true;
      RequestSeeds.seed(this, now());
    }
  }

  /** Adds a seeded request: opened at {@code at}, answered at {@code answerAt} (null: by the timeline). */
  SupportRequest seed(Draft draft, Instant at, String trackingNumber, Instant answerAt) {
    SupportRequest r = openUnseeded(draft, at, trackingNumber);
    if (answerAt != null) {
      r = new SupportRequest(r.trackingNumber(), r.category(), r.status(), r.subject(), r.customerNumber(),
          r.createdAt(), r.respondBy(), r.relatedType(), r.relatedId(), r.description(), r.contactName(),
          r.contactEmail(), null, null, r.updatedAt(), false, r.messageCount(), answerAt);
      put(r);
    }
    return r;
  }

  /** Applies the timeline of one seeded request up to {@code at}, as if time had passed. */
  SupportRequest seedAdvance(String trackingNumber, Instant at) {
    return catchUp(trackingNumber, at);
  }

  /** Closes a seeded request at {@code at}. */
  void seedClose(String trackingNumber, Instant at) {
    put(byNumber.get(trackingNumber).closed(at));
  }
}
