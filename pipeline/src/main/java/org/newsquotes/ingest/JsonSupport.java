package org.newsquotes.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Strict JSON parsing with messages a user can act on ("truncated JSON at line 1, column 345"). */
final class JsonSupport {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonSupport() { }

    /** Parses one JSON value; {@code what} names the file or line in the exception message. */
    static JsonNode parse(String json, String what) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) throw new IngestException("empty JSON: " + what);
            return node;
        } catch (JsonEOFException e) {
            throw new IngestException("truncated JSON: " + what + " ends unexpectedly" + where(e.getLocation()), e);
        } catch (JsonProcessingException e) {
            String msg = e.getOriginalMessage();
            int nl = msg.indexOf('\n');
            if (nl >= 0) msg = msg.substring(0, nl);
            throw new IngestException("malformed JSON: " + what + where(e.getLocation()) + ": " + msg, e);
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }
}
