package nl.werkmap.ui.sync;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.Locale;
import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.sync.DemoCaseloadException;
import nl.werkmap.sync.SyncService;
import nl.werkmap.sync.client.HubRefusedException;
import nl.werkmap.sync.client.HubTls;
import nl.werkmap.sync.client.HubUnavailableException;
import nl.werkmap.sync.device.SyncIdentity;
import nl.werkmap.sync.protocol.SyncKeys;
import nl.werkmap.ui.common.Messages;

/**
 * "Koppelen aan de gemeente": the hub address and the one-time code, the enrolment on sync's thread, then the two
 * fingerprints to compare with the administrator. Every failure becomes a Dutch sentence that says what to do; a
 * hub certificate the system does not trust (the self-signed trial certificate) offers choosing the certificate
 * file the administrator handed out, as {@code enroll --trust-cert} does.
 */
public final class EnrolViewModel {

    /** What the dialog shows. */
    public enum Step { FORM, BUSY, DONE }

    private final SyncService service;
    private final Executor fx;
    private final Messages messages;
    private final String deviceName;
    private final Runnable onLinked;

    final StringProperty hubUrl = new SimpleStringProperty("");
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty error = new SimpleStringProperty("");
    final StringProperty certificateText = new SimpleStringProperty("");
    final BooleanProperty certificateNeeded = new SimpleBooleanProperty(false);
    final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.FORM);
    final StringProperty linkedAs = new SimpleStringProperty("");
    final StringProperty deviceFingerprint = new SimpleStringProperty("");
    final StringProperty hubFingerprint = new SimpleStringProperty("");
    private String trustedPem;

    public EnrolViewModel(SyncService service, Executor fx, Messages messages, String deviceName, Runnable onLinked) {
        this.service = service;
        this.fx = fx;
        this.messages = messages;
        this.deviceName = deviceName;
        this.onLinked = onLinked;
    }

    public StringProperty hubUrlProperty() {
        return hubUrl;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public StringProperty deviceFingerprintProperty() {
        return deviceFingerprint;
    }

    public StringProperty hubFingerprintProperty() {
        return hubFingerprint;
    }

    public BooleanProperty certificateNeededProperty() {
        return certificateNeeded;
    }

    /** The coach chose the hub certificate file: trust exactly it, and show its fingerprint to compare. */
    public void trustCertificate(Path file) {
        try {
            X509Certificate certificate = HubTls.certificate(Files.readAllBytes(file));
            trustedPem = HubTls.pem(certificate);
            certificateText.set(messages.format("sync.enrol.certificate.chosen", file.getFileName().toString(),
                    HubTls.fingerprint(certificate)));
            error.set("");
        } catch (java.io.IOException e) {
            error.set(messages.format("sync.enrol.certificate.unreadable", file.toString()));
        } catch (IllegalArgumentException e) {
            error.set(messages.format("sync.enrol.certificate.notCertificate", file.getFileName().toString()));
        }
    }

    public void enrol() {
        String url = hubUrl.get() == null ? "" : hubUrl.get().trim();
        String oneTime = code.get() == null ? "" : code.get().trim();
        if (url.isEmpty() || oneTime.isEmpty()) {
            error.set(messages.text("sync.enrol.error.missing"));
            return;
        }
        if (!url.contains("://")) {
            url = "https://" + url;
        }
        try {
            URI parsed = URI.create(url);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (parsed.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                throw new IllegalArgumentException(url);
            }
        } catch (IllegalArgumentException e) {
            error.set(messages.format("sync.enrol.error.address", url));
            return;
        }
        String address = url;
        error.set("");
        step.set(Step.BUSY);
        service.enrol(address, oneTime, deviceName, trustedPem).whenCompleteAsync((identity, failure) -> {
            if (failure == null) {
                linked(identity);
            } else {
                // The reason first: whoever waits for the step to leave BUSY (a test, the dialog) finds it set.
                error.set(explain(SyncViewModel.rootCause(failure), address));
                step.set(Step.FORM);
            }
        }, fx);
    }

    private void linked(SyncIdentity identity) {
        linkedAs.set(messages.format("sync.enrol.done.linkedAs", identity.municipality(), identity.role(),
                identity.team()));
        deviceFingerprint.set(SyncKeys.fingerprint(identity.signingKey()));
        hubFingerprint.set(SyncKeys.fingerprint(identity.hubSigningKey()));
        step.set(Step.DONE);
        onLinked.run();
    }

    /** What went wrong, in words the coach can act on. */
    String explain(Throwable failure, String address) {
        if (failure instanceof DemoCaseloadException) {
            return messages.text("sync.enrol.error.demo");
        }
        if (failure instanceof HubRefusedException refused) {
            return "BAD_CODE".equals(refused.code())
                    ? messages.format("sync.enrol.error.code", refused.getMessage())
                    : messages.format("sync.enrol.error.refused", refused.getMessage());
        }
        if (failure instanceof HubUnavailableException && HubTls.untrustedCertificate(failure)) {
            certificateNeeded.set(true);
            return messages.format(trustedPem == null ? "sync.enrol.error.certificate"
                    : "sync.enrol.error.certificateMismatch", address);
        }
        if (failure instanceof HubUnavailableException) {
            return messages.format("sync.enrol.error.unreachable", address);
        }
        return messages.format("sync.enrol.error.other", failure.getMessage());
    }
}
