package nl.werkmap.hub.http;

/**
 * Points in a request where something may be added around the hub's work. The production hub adds nothing
 * ({@link #NONE}); tests pass their own hooks to {@link HubServer#start(nl.werkmap.hub.Hub, java.time.Clock, String,
 * int, java.util.Optional, RequestHooks)} to make requests fail, lose their answer or be slow, so no fault injection
 * ships in the hub itself.
 */
public interface RequestHooks {

    /** Adds nothing. */
    RequestHooks NONE = new RequestHooks() {
    };

    /** Before any {@code /api} request is handled; an exception here answers 500 without doing anything. */
    default void beforeRequest() throws Exception {
    }

    /** After a bundle was received and stored, before the answer is written; an exception here loses the answer. */
    default void afterReceive() {
    }
}
