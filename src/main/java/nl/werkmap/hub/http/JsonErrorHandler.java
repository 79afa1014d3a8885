package nl.werkmap.hub.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import com.google.gson.Gson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.werkmap.sync.protocol.RefusalCode;

/**
 * Jetty's answer to a request it refuses before the hub sees it (a broken request line or header, headers too
 * large): the hub's JSON error body with a code, instead of Jetty's HTML page, so every refusal carries a code.
 */
final class JsonErrorHandler extends ErrorHandler {

    private static final Gson GSON = new Gson();

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                              HttpServletResponse response, int code, String message) throws IOException {
        byte[] body = body(code);
        response.setContentType("application/json");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    private static byte[] body(int status) {
        String code;
        String message;
        if (status == 413 || status == 431) {
            code = RefusalCode.TOO_LARGE.name();
            message = "Het verzoek of zijn kopregels zijn groter dan de hub aanneemt.";
        } else if (status >= 500) {
            code = ServerCodes.INTERNAL;
            message = "Er ging iets mis op de hub. Probeer het later opnieuw.";
        } else if (status == 404 || status == 405) {
            code = ServerCodes.NOT_FOUND;
            message = "Deze hub kent dit verzoek niet. Zie docs/hub-openapi.yaml.";
        } else {
            code = RefusalCode.MALFORMED.name();
            message = "Het verzoek is geen geldig HTTP-verzoek (status " + status + ").";
        }
        return GSON.toJson(Map.of("error", code, "message", message)).getBytes(StandardCharsets.UTF_8);
    }
}
