package nl.werkmap.security;

import java.nio.file.Path;

/**
 * The keyring file is damaged, was not written by Werkmap, or was written by a newer Werkmap. The passphrase cannot
 * help here, so this is unchecked; nothing on disk has changed when it is thrown.
 */
public final class CorruptKeyringException extends RuntimeException {

    private CorruptKeyringException(String message, Throwable cause) {
        super(message, cause);
    }

    static CorruptKeyringException damaged(String file, String detail) {
        return damaged(file, detail, null);
    }

    static CorruptKeyringException damaged(String file, String detail, Throwable cause) {
        return new CorruptKeyringException("Het sleutelbestand " + file + " is beschadigd of is geen sleutelbestand van"
                + " Werkmap (" + detail + "). Er is niets veranderd. Zet een reservekopie van het sleutelbestand terug,"
                + " of neem contact op met de functioneel beheerder.", cause);
    }

    static CorruptKeyringException newerFormat(String file, int format) {
        return new CorruptKeyringException("Het sleutelbestand " + file + " is gemaakt door een nieuwere versie van"
                + " Werkmap (formaat " + format + "). Er is niets veranderd. Installeer de nieuwste versie van Werkmap"
                + " en probeer het opnieuw.", null);
    }

    static CorruptKeyringException foreignKey(Path file) {
        return new CorruptKeyringException("Het sleutelbestand " + file + " hoort niet bij de geopende werkmap; het is"
                + " vervangen terwijl Werkmap open was. Er is niets veranderd. Sluit Werkmap, zet het juiste"
                + " sleutelbestand terug en open Werkmap opnieuw.", null);
    }
}
