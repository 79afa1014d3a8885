package nl.werkmap.domain.profile;

/**
 * The coach's own words for each of the five parts of the werknemersprofiel (Leidraad Jobcoach, CC BY 4.0). Each
 * part pairs with a part of an employer's werkprofiel, which is why there are exactly five. Free text: sealed.
 *
 * @param vaardigheden vaardigheden, bekwaamheden, competenties (pairs with: eisen)
 * @param leren        manier van leren, leermogelijkheden (pairs with: ontwikkelmogelijkheden en begeleiding)
 * @param context      sociale context, achtergrond, netwerk, buddywensen (pairs with: context op de werkplek)
 * @param identiteit   identiteit, sfeer, persoonlijkheid (pairs with: waarden en normen op de werkplek)
 * @param wensen       wensen, motieven, reële perspectieven (pairs with: taken en arbeidsomstandigheden)
 */
public record ProfielTeksten(String vaardigheden, String leren, String context, String identiteit, String wensen) {

    public static final ProfielTeksten EMPTY = new ProfielTeksten(null, null, null, null, null);
}
