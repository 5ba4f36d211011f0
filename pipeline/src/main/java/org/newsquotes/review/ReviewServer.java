package org.newsquotes.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.newsquotes.record.AnnotatedDocument;
import org.newsquotes.record.QuoteKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The review web app: the JDK's {@link HttpServer} serving one static page (from the classpath) and a small JSON API
 * over a {@link ReviewSession}.
 *
 * <p>Routes: {@code GET /} (the page), {@code GET /app.js}, {@code GET /entities.js}, {@code GET /spans.js},
 * {@code GET /app.css},
 * {@code GET /api/quotes?doc=&kind=&method=&status=&conf=&order=&offset=&limit=&annotator=} (one page of the
 * filtered, ordered list with the progress figures, {@link QuoteQuery}), {@code GET /api/docs?q=TEXT} (document ids
 * holding TEXT, for the document filter), {@code GET /api/doc?id=DOC_ID[&blind=1&annotator=]},
 * {@code POST /api/decide} ({@code action} accept, reject, correct-speaker, change-kind, and add-quote or change-span
 * with {@code start} and {@code end} offsets of the words; {@code mention_start}/{@code mention_end} for a speaker
 * named by clicking words), {@code POST /api/undo}, and the entity routes of {@link EntityApi}
 * ({@code GET /api/entities}, {@code POST /api/entity-decide}, {@code POST /api/entity-undo}). Nothing else exists.
 *
 * <p>Every quote in {@code /api/quotes} carries its {@code version} (the id of its latest journal entry, "" for
 * none), and a decision names the version it was made on: when a colleague has decided on the quote since, the
 * decision is refused with HTTP 409 and a body naming who decided what and when, and the quote's state and version
 * now; nothing is journaled, and the page shows the conflict (keep theirs, or apply one's own on the new version). A
 * decision without a version is not checked (scripts).
 *
 * <p>Safety, since article text is untrusted and the server may hold unpublished data:
 * <ul>
 *   <li>Static files come from a fixed table of five classpath resources; a request path is looked up in that
 *       table, never turned into a file path, so {@code /../} or encoded variants are simply 404.</li>
 *   <li>Documents are looked up by id in the loaded set ({@link ReviewSession#document}); an id is never used to
 *       build a path.</li>
 *   <li>Every response carries a strict Content-Security-Policy (scripts and styles only from this server, no
 *       inline script, no framing), {@code X-Content-Type-Options: nosniff} and {@code Referrer-Policy:
 *       no-referrer}; API answers are {@code application/json} and uncached. The page renders all data with
 *       {@code textContent}/DOM APIs, so a {@code <script>} in an article is shown as text.</li>
 *   <li>Slow clients cannot starve others: a request must arrive within {@value #REQUEST_SECONDS} s and a response
 *       be read within {@value #RESPONSE_SECONDS} s, else the connection is closed, and {@value #HANDLER_THREADS}
 *       threads serve requests. Error answers never carry Java class names or stack traces.</li>
 *   <li>It binds to the loopback address unless another host is explicitly given. On loopback it also rejects
 *       requests whose {@code Host} header is not a loopback name (DNS rebinding), and POSTs must be
 *       {@code application/json} from the same origin (no cross-site form posts).</li>
 * </ul>
 */
public final class ReviewServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ASSET_DIR = "/org/newsquotes/review/";
    private static final Map<String, String[]> ASSETS = Map.of(
            "/", new String[] {"index.html", "text/html; charset=utf-8"},
            "/index.html", new String[] {"index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"app.js", "text/javascript; charset=utf-8"},
            "/entities.js", new String[] {"entities.js", "text/javascript; charset=utf-8"},
            "/spans.js", new String[] {"spans.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"app.css", "text/css; charset=utf-8"});
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final int MAX_BODY = 64 * 1024;

    private final ReviewSession session;
    private final EntityApi entities;
    private final HttpServer server;
    private final ExecutorService executor;
    private final boolean loopback;

    private ReviewServer(ReviewSession session, EntityReview entities, HttpServer server, ExecutorService executor,
                         boolean loopback) {
        this.session = session;
        this.entities = new EntityApi(entities);
        this.server = server;
        this.executor = executor;
        this.loopback = loopback;
    }

    /**
     * Starts serving.
     *
     * @param host address to bind: {@code 127.0.0.1} unless the user explicitly asked for another
     * @param port port, 0 for any free one
     */
    public static ReviewServer start(ReviewSession session, String host, int port) throws IOException {
        return start(session, EntityReview.none(), host, port);
    }

    /** Starts serving quotes and, for the entity view, {@code entities}. */
    public static ReviewServer start(ReviewSession session, EntityReview entities, String host, int port) throws IOException {
        InetAddress addr = InetAddress.getByName(Objects.requireNonNull(host, "host"));
        limitSlowClients();
        HttpServer http = HttpServer.create(new InetSocketAddress(addr, port), 32);
        ExecutorService ex = Executors.newFixedThreadPool(HANDLER_THREADS, r -> {
            Thread t = new Thread(r, "review-http");
            t.setDaemon(true);
            return t;
        });
        ReviewServer s = new ReviewServer(session, entities, http, ex, addr.isLoopbackAddress());
        http.createContext("/", s::handle);
        http.setExecutor(ex);
        http.start();
        return s;
    }

    /**
     * Threads serving requests: many more than a team has browsers open, so a few stalled clients leave the others
     * served at once; with {@link #REQUEST_SECONDS} none holds a thread for long. (Requests queued behind more stalled
     * clients than this count their wait against the same limit in the JDK's server, so a flood can still drop them.)
     */
    static final int HANDLER_THREADS = 32;
    /** Longest a client may take to send one request (headers and body) before its connection is closed. */
    static final int REQUEST_SECONDS = 10;
    /** Longest a client may take to read one response before its connection is closed. */
    static final int RESPONSE_SECONDS = 30;

    /**
     * Read and write timeouts for the JDK's server, which has none by default: four clients that open a POST and
     * never finish its body would otherwise hold every handler thread for as long as they keep the connection open.
     * The JDK reads these two properties (in seconds) once, when its server classes load, so they are set before
     * the first server of the JVM starts, unless the user set them on the command line.
     */
    static void limitSlowClients() {
        if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
        }
        if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
            System.setProperty("sun.net.httpserver.maxRspTime", String.valueOf(RESPONSE_SECONDS));
        }
    }

    public int port() { return server.getAddress().getPort(); }

    /** The URL to open, e.g. {@code http://127.0.0.1:8765/}. */
    public String url() {
        InetSocketAddress a = server.getAddress();
        String h = a.getAddress().getHostAddress();
        if (h.contains(":")) h = "[" + h + "]";
        return "http://" + h + ":" + a.getPort() + "/";
    }

    @Override public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange ex) {
        try (ex) {
            Headers h = ex.getResponseHeaders();
            h.set("Content-Security-Policy", CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("Referrer-Policy", "no-referrer");
            h.set("X-Frame-Options", "DENY");
            h.set("Cache-Control", "no-store");
            if (loopback && !loopbackHost(ex.getRequestHeaders().getFirst("Host"))) {
                sendError(ex, 403, "bad Host header");
                return;
            }
            String rawPath = ex.getRequestURI().getRawPath();
            String method = ex.getRequestMethod();
            if (rawPath == null) rawPath = "";
            if (rawPath.startsWith("/api/")) {
                api(ex, method, rawPath);
                return;
            }
            String[] asset = ASSETS.get(rawPath);
            if (asset == null || !(method.equals("GET") || method.equals("HEAD"))) {
                sendError(ex, 404, "not found");
                return;
            }
            try (InputStream in = ReviewServer.class.getResourceAsStream(ASSET_DIR + asset[0])) {
                if (in == null) throw new IllegalStateException("asset missing from the jar: " + asset[0]);
                send(ex, 200, asset[1], in.readAllBytes());
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("request {} failed: {}", ex.getRequestURI(), e.toString());
        } catch (RuntimeException e) {
            LOG.error("request {} failed", ex.getRequestURI(), e);
            try {
                // the log has the details; the client gets no class names or stack traces
                sendError(ex, 500, "internal error (see the server log)");
            } catch (IOException ignored) {
                // the client has gone; nothing to tell it
            }
        }
    }

    static boolean loopbackHost(String host) {
        if (host == null) return false;
        String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        name = name.toLowerCase(Locale.ROOT);
        return name.equals("localhost") || name.equals("[::1]") || name.matches("127(\\.\\d{1,3}){3}");
    }

    private void api(HttpExchange ex, String method, String path) throws IOException {
        switch (method + " " + path) {
            case "GET /api/quotes" -> {
                Map<String, String> params = query(ex.getRequestURI());
                QuoteQuery q;
                boolean blind = "1".equals(params.get("blind")) || "true".equals(params.get("blind"));
                try {
                    q = QuoteQuery.of(params);
                    if (blind) ReviewSession.checkAnnotator(params.get("annotator"));
                } catch (IllegalArgumentException e) {
                    sendError(ex, 400, e.getMessage());
                    return;
                }
                // an annotator with documents assigned (review/assignments.csv) sees those, unless they ask for all
                if (!"1".equals(params.get("all")) && params.get("annotator") != null) {
                    q = q.within(session.assignments().docsOf(params.get("annotator")));
                }
                sendJson(ex, 200, quotesJson(q, params.get("annotator"), blind));
            }
            case "GET /api/docs" -> {
                Map<String, String> params = query(ex.getRequestURI());
                sendJson(ex, 200, docsJson(params.getOrDefault("q", ""), params.get("limit")));
            }
            case "GET /api/doc" -> {
                Map<String, String> params = query(ex.getRequestURI());
                String id = params.get("id");
                // blind: the quotes as this annotator has them, never a colleague's added quote or changed span
                boolean blind = "1".equals(params.get("blind")) || "true".equals(params.get("blind"));
                Optional<AnnotatedDocument> d = session.document(id, blind ? params.get("annotator") : null);
                if (d.isEmpty()) sendError(ex, 404, "unknown document");
                else sendJson(ex, 200, ReviewJson.docJson(d.get()));
            }
            case "GET /api/entities" -> {
                try {
                    sendJson(ex, 200, entities.search(query(ex.getRequestURI())));
                } catch (IllegalArgumentException e) {
                    sendError(ex, 400, e.getMessage());
                }
            }
            case "POST /api/decide", "POST /api/undo", "POST /api/entity-decide", "POST /api/entity-undo" -> post(ex, path);
            default -> sendError(ex, 404, "not found");
        }
    }

    private void post(HttpExchange ex, String path) throws IOException {
        String ct = Optional.ofNullable(ex.getRequestHeaders().getFirst("Content-Type")).orElse("");
        if (!ct.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            sendError(ex, 415, "Content-Type must be application/json");
            return;
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (origin != null && !origin.equals("http://" + host)) {
            sendError(ex, 403, "cross-origin request refused");
            return;
        }
        byte[] body = ex.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            sendError(ex, 413, "request too large");
            return;
        }
        JsonNode req;
        try {
            req = JSON.readTree(body);
            if (req == null || !req.isObject()) throw new IOException("not an object");
        } catch (IOException e) {
            sendError(ex, 400, "body is not a JSON object");
            return;
        }
        if (path.startsWith("/api/entity-")) {
            try {
                sendJson(ex, 200, entities.post(path, req));
            } catch (IllegalArgumentException | IllegalStateException e) {
                sendError(ex, 400, e.getMessage() == null ? "bad request" : e.getMessage());
            }
            return;
        }
        try {
            String annotator = text(req, "annotator");
            String view = blindView(req);
            if (path.equals("/api/undo")) {
                Optional<ReviewSession.Saved> s = session.undo(annotator);
                if (s.isEmpty()) {
                    ObjectNode n = JSON.createObjectNode().put("saved", false).put("message", "nothing to undo");
                    sendJson(ex, 200, n);
                } else {
                    sendJson(ex, 200, savedJson(s.get(), view));
                }
                return;
            }
            ReviewAction action = ReviewAction.fromLabel(Objects.requireNonNullElse(text(req, "action"), ""));
            String kind = text(req, "kind");
            if (action == ReviewAction.ADD_QUOTE) {
                sendJson(ex, 200, savedJson(session.addQuote(annotator, text(req, "doc"), offset(req, "start"),
                        offset(req, "end"), QuoteKind.fromLabel(Objects.requireNonNullElse(kind, "direct")),
                        text(req, "speaker"), text(req, "speaker_local_id"), terms(req)), view));
                return;
            }
            if (action == ReviewAction.CHANGE_SPAN) {
                sendJson(ex, 200, savedJson(session.changeSpan(annotator, text(req, "doc"), text(req, "quote"),
                        offset(req, "start"), offset(req, "end"), terms(req)), view));
                return;
            }
            if (action == ReviewAction.CORRECT_SPEAKER && req.path("same_mention").asBoolean(false)) {
                List<ReviewSession.Saved> all = session.correctSpeakerForSameMention(annotator, text(req, "doc"),
                        text(req, "quote"), text(req, "speaker"), text(req, "speaker_local_id"), terms(req));
                ObjectNode n = savedJson(all.get(0), view);
                ArrayNode also = n.putArray("also");
                ArrayNode alsoQuotes = n.putArray("also_items");
                for (ReviewSession.Saved s : all.subList(1, all.size())) {
                    also.add(s.ref().quoteId());
                    session.item(s.ref().docId(), s.ref().quoteId(), view).ifPresent(it -> alsoQuotes.add(itemJson(it)));
                }
                sendJson(ex, 200, n);
                return;
            }
            ReviewSession.Saved s = session.decide(annotator, text(req, "doc"), text(req, "quote"), action,
                    text(req, "speaker"), text(req, "speaker_local_id"),
                    kind == null || kind.isEmpty() ? null : QuoteKind.fromLabel(kind), terms(req));
            sendJson(ex, 200, savedJson(s, view));
        } catch (DecisionConflict c) {
            // the page was out of date: say who decided what, so the annotator keeps it or decides again
            ObjectNode n = JSON.createObjectNode();
            n.put("saved", false);
            n.put("conflict", true);
            n.put("error", c.getMessage());
            n.put("doc", c.ref().docId());
            n.put("quote", c.ref().quoteId());
            n.put("version", c.version());
            if (c.latest() != null) {
                n.put("by", c.latest().annotator());
                n.put("at", c.latest().time().toString());
                n.put("action", c.latest().action().label());
            }
            n.set("state", JournalCodec.stateToJson(c.state()));
            session.item(c.ref().docId(), c.ref().quoteId(), blindView(req)).ifPresent(it -> n.set("item", itemJson(it)));
            sendJson(ex, 409, n);
        } catch (NullPointerException e) {
            // a missing field: the JDK's own message would name our classes and variables
            sendError(ex, 400, "bad request: a required field is missing");
        } catch (IllegalArgumentException e) {
            // our own validation messages ("unknown action: x"), written for users
            sendError(ex, 400, e.getMessage() == null ? "bad request" : e.getMessage());
        }
    }

    /**
     * A decision request's terms: the version it was made on, its remark, blind mode, adjudication, and the words
     * clicked to name the speaker ({@code mention_start}, {@code mention_end}).
     */
    private static ReviewSession.Terms terms(JsonNode req) {
        org.newsquotes.record.Span evidence = req.hasNonNull("mention_start") && req.hasNonNull("mention_end")
                ? new org.newsquotes.record.Span(offset(req, "mention_start"), offset(req, "mention_end")) : null;
        return new ReviewSession.Terms(text(req, "version"), remark(req), req.path("blind").asBoolean(false),
                req.path("adjudication").asBoolean(false), evidence);
    }

    /** A character offset field of a request: a non-negative integer. */
    private static int offset(JsonNode req, String field) {
        JsonNode v = req.get(field);
        if (v == null || !v.canConvertToInt() || v.asInt() < 0) {
            throw new IllegalArgumentException(field + " must be a character offset (a non-negative integer)");
        }
        return v.asInt();
    }

    /** The annotator whose blind view a request asks for, or null for the team's view. */
    private static String blindView(JsonNode req) {
        return req.path("blind").asBoolean(false) ? text(req, "annotator") : null;
    }

    /** The request's {@code reason}, {@code note} and {@code unsure}: the annotator's remark on the decision. */
    private static Remark remark(JsonNode req) {
        String reason = text(req, "reason");
        return new Remark(reason == null || reason.isBlank() ? null : Remark.Reason.fromLabel(reason), text(req, "note"),
                req.path("unsure").asBoolean(false));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private ObjectNode savedJson(ReviewSession.Saved s, String view) {
        ObjectNode n = JSON.createObjectNode();
        n.put("saved", true);
        n.put("entry_id", s.entry().id());
        n.put("action", s.entry().action().label());
        n.put("doc", s.ref().docId());
        n.put("quote", s.ref().quoteId());
        n.put("version", s.entry().id());
        // the state as this view shows it (blind: the annotator's own), with the quote as the list has it
        Optional<ReviewSession.Item> item = session.item(s.ref().docId(), s.ref().quoteId(), view);
        n.set("state", JournalCodec.stateToJson(item.map(ReviewSession.Item::state).orElse(s.state())));
        item.ifPresent(it -> n.set("item", itemJson(it)));
        return n;
    }

    /**
     * One page of the list ({@link QuoteQuery}) with the figures the page shows: {@code total} quotes, how many are
     * {@code reviewed}, how many {@code mine} (the annotator's), how many {@code matching} the filters.
     */
    private ObjectNode quotesJson(QuoteQuery query, String annotator, boolean blind) {
        ObjectNode root = JSON.createObjectNode();
        Set<String> kinds = new TreeSet<>();
        Set<String> methods = new TreeSet<>();
        // blind: the machine's proposals and this annotator's own decisions, never a colleague's
        List<ReviewSession.Item> items = session.items(blind ? annotator : null);
        Map<String, List<ReviewSession.Item>> byStatement = ReviewJson.reportsByStatement(items);
        int reviewed = 0;
        int mine = 0;
        for (ReviewSession.Item it : items) {
            kinds.add(it.quote().kind().label());
            methods.add(it.quote().attribution().method());
            if (it.state().status() != org.newsquotes.record.ReviewStatus.UNREVIEWED) reviewed++;
            if (annotator != null && it.byAnnotator().containsKey(annotator)) mine++;
        }
        List<ReviewSession.Item> selected = query.select(items, it -> ReviewJson.conflict(it, byStatement));
        int from = Math.min(query.offset(), selected.size());
        int to = (int) Math.min((long) from + query.limit(), selected.size());
        ArrayNode arr = root.putArray("quotes");
        for (ReviewSession.Item it : selected.subList(from, to)) arr.add(ReviewJson.itemJson(it, byStatement));
        root.put("offset", from);
        root.put("matching", selected.size());
        root.put("total", items.size());
        root.put("reviewed", reviewed);
        root.put("mine", mine);
        kinds.forEach(root.putArray("kinds")::add);
        methods.forEach(root.putArray("methods")::add);
        for (QuoteKind k : QuoteKind.values()) root.withArray("all_kinds").add(k.label());
        root.put("documents", session.docIds().size());
        root.put("orphans", session.orphans().size());
        root.put("journal_warnings", session.journalWarnings().size());
        return root;
    }

    /** Most document ids {@code /api/docs} answers with. */
    static final int MAX_DOCS = 50;

    /** Document ids holding {@code q} anywhere (case ignored), in corpus order: the document filter's search. */
    private ObjectNode docsJson(String q, String limit) {
        int max = MAX_DOCS;
        try {
            if (limit != null) max = Math.max(1, Math.min(MAX_DOCS, Integer.parseInt(limit)));
        } catch (NumberFormatException ignored) {
            // the default
        }
        String needle = q.toLowerCase(Locale.ROOT);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("docs");
        int found = 0;
        for (String id : session.docIds()) {
            if (!id.toLowerCase(Locale.ROOT).contains(needle)) continue;
            if (found++ < max) arr.add(id);
        }
        root.put("matching", found);
        return root;
    }


    /**
     * One quote as the page shows it, on its own: what a decision answers with, so the page updates that quote
     * without downloading every quote again (the statement's reports come from the session's index).
     */
    private ObjectNode itemJson(ReviewSession.Item it) {
        var link = it.quote().statement();
        Map<String, List<ReviewSession.Item>> reports = link == null ? Map.of()
                : ReviewJson.reportsByStatement(session.statementItems(link.statementId()));
        return ReviewJson.itemJson(it, reports);
    }


    static Map<String, String> query(URI uri) {
        Map<String, String> out = new LinkedHashMap<>();
        String raw = uri.getRawQuery();
        if (raw == null) return out;
        for (String part : raw.split("&")) {
            int eq = part.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? part : part.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8);
            out.putIfAbsent(k, v);
        }
        return out;
    }

    private static void sendJson(HttpExchange ex, int status, JsonNode body) throws IOException {
        send(ex, status, "application/json; charset=utf-8", JSON.writeValueAsBytes(body));
    }

    private static void sendError(HttpExchange ex, int status, String message) throws IOException {
        sendJson(ex, status, JSON.createObjectNode().put("error", message));
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        boolean head = ex.getRequestMethod().equals("HEAD");
        ex.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
