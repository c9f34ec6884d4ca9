package org.dyad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dyad.store.Explorer;
import org.dyad.store.Store;
import org.dyad.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server has no write endpoint and opens the store read-only: nothing it serves can change the file. */
class ReadOnlyTest {

    @TempDir
    Path dir;

    @Test
    void serverOpensTheStoreReadOnly() throws Exception {
        Path db = Fixture.build(dir);
        String before = SqlInjectionTest.digest(db);
        try (DyadServer server = DyadServer.start(db, new DyadServer.Options("127.0.0.1", 0))) {
            assertTrue(server.store().isReadOnly());
            // a writer cannot take the file while the server reads it
            assertThrows(StoreException.class, () -> Store.openForWriting(db).close());
            Http http = new Http(server.port());
            for (String path : List.of("/api/events", "/api/events.csv", "/api/actors", "/api/dyads",
                    "/api/documents/doc-1", "/api/health", "/api/openapi.json", "/api/codes", "/")) {
                for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                    HttpResponse<String> r = http.send(method, path);
                    assertTrue(r.statusCode() == 405 || r.statusCode() == 404, method + " " + path + ": " + r.statusCode());
                }
                assertEquals(200, http.get(path).statusCode(), path);
            }
        }
        assertEquals(before, SqlInjectionTest.digest(db));
        assertTrue(Files.exists(db));
    }

    @Test
    void explorerRefusesAWritableStore() {
        Path db = Fixture.build(dir);
        try (Store store = Store.openForWriting(db)) {
            assertThrows(IllegalArgumentException.class, () -> Explorer.open(store, 1));
        }
    }
}
