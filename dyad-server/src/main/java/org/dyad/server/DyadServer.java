package org.dyad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.InetAddress;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.store.Explorer;
import org.dyad.store.Store;
import org.dyad.store.StoreException;

/**
 * Dyad's HTTP server: the REST API under {@code /api} and the one-page UI, over a store opened read-only.
 * There is no write endpoint, so there is no token: nothing served can change the file. Binds to
 * 127.0.0.1 unless told otherwise; on a loopback address it answers only requests addressed to a loopback
 * name (a web page elsewhere cannot reach it by DNS rebinding).
 */
public final class DyadServer implements AutoCloseable {

    /**
     * Where to listen ({@code port} 0 takes a free port), and how many answers to keep ({@code cacheEntries};
     * 0: none).
     */
    public record Options(String host, int port, int cacheEntries) {
        public static final int CACHE_ENTRIES = 2000;

        public Options(String host, int port) {
            this(host, port, CACHE_ENTRIES);
        }

        public static Options defaults() {
            return new Options("127.0.0.1", 7070);
        }
    }

    /** A JSON endpoint: the body of the answer. */
    @FunctionalInterface
    interface Body {
        Object of(Context ctx) throws Exception;
    }

    /** The page's policy: only Dyad's own scripts and styles; no inline script, no frames, no other origin. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final Map<String, String> HEADERS = Map.of("Content-Security-Policy", CSP, "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY", "Cache-Control", "no-store");
    static final int THREADS = Math.max(16, 4 * Runtime.getRuntime().availableProcessors());
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final Store store;
    private final Explorer explorer;
    private final Javalin app;
    private final boolean loopback;

    private DyadServer(Store store, Explorer explorer, Javalin app, boolean loopback) {
        this.store = store;
        this.explorer = explorer;
        this.app = app;
        this.loopback = loopback;
    }

    /** Opens {@code db} read-only and serves it; {@link #close()} stops the server and closes the file. */
    public static DyadServer start(Path db, Options options) {
        Store store = Store.openReadOnly(db);
        Explorer explorer = null;
        try {
            explorer = Explorer.open(store, Math.max(4, Runtime.getRuntime().availableProcessors() * 2));
            boolean loopback = isLoopback(options.host());
            Javalin app = create(explorer, loopback, new ResponseCache(options.cacheEntries(), 64L << 20))
                    .start(options.host(), options.port());
            return new DyadServer(store, explorer, app, loopback);
        } catch (RuntimeException e) {
            if (explorer != null) {
                explorer.close();
            }
            store.close();
            throw e;
        }
    }

    /** The application: routes, static UI, security headers and error mapping, in one place. */
    static Javalin create(Explorer explorer, boolean loopbackOnly, ResponseCache cache) {
        ObjectMapper json = Json.mapper();
        Api api = new Api(explorer, json);
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.jsonMapper(new JavalinJackson(json, false));
            config.http.prefer405over404 = true;
            // a small pool: requests queue in order rather than 250 threads time-sharing two cores
            QueuedThreadPool pool = new QueuedThreadPool(THREADS, Math.min(4, THREADS));
            pool.setName("dyad-http");
            config.jetty.threadPool = pool;
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/dyad/web";
                s.location = Location.CLASSPATH;
                s.headers = HEADERS;
            });
        });
        app.before(ctx -> {
            HEADERS.forEach(ctx::header);
            if (loopbackOnly && !LOOPBACK_NAMES.contains(hostName(ctx.host()))) {
                throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(),
                        "this server answers requests to localhost or 127.0.0.1 only", Map.of());
            }
        });
        app.get("/api/health", json(json, api::health, null));
        app.get("/api/openapi.json", api::openapi);
        app.get("/api/codes", json(json, api::codes, cache));
        app.get("/api/events", json(json, api::events, cache));
        app.get("/api/events.csv", api::eventsCsv);
        app.get("/api/actors", json(json, api::actors, cache));
        app.get("/api/dyads", json(json, api::dyads, cache));
        app.get("/api/documents/{id}", json(json, api::document, cache));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(StoreException.class, (e, ctx) -> error(ctx, 500, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
        app.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                error(ctx, 404, "no such endpoint: " + Params.clip(ctx.path()) + " (see /api/openapi.json)");
            }
        });
        app.error(405, ctx -> error(ctx, 405, "method not allowed: this server is read-only"));
        return app;
    }

    /** Writes a JSON endpoint's body, from the cache when the same request was answered before. */
    private static io.javalin.http.Handler json(ObjectMapper json, Body body, ResponseCache cache) {
        return ctx -> {
            String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
            java.util.Optional<byte[]> hit = cache == null ? java.util.Optional.empty() : cache.get(key);
            byte[] bytes;
            if (hit.isPresent()) {
                bytes = hit.get();
            } else {
                bytes = json.writeValueAsBytes(body.of(ctx));
                if (cache != null) {
                    cache.put(key, bytes);
                }
            }
            ctx.contentType("application/json").result(bytes);
        };
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("status", status, "error", message == null ? "" : message));
    }

    /** The host name of a Host header: "127.0.0.1:7070" is "127.0.0.1", "[::1]:7070" is "[::1]". */
    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.lastIndexOf(':');
        return colon >= 0 && h.indexOf(':') == colon ? h.substring(0, colon) : h;
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host to bind: " + host, e);
        }
    }

    public int port() {
        return app.port();
    }

    /** True when the server listens on a loopback address only. */
    public boolean isLoopback() {
        return loopback;
    }

    public Store store() {
        return store;
    }

    @Override
    public void close() {
        app.stop();
        explorer.close();
        store.close();
    }
}
