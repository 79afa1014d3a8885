package nl.werkmap.ui.common;

import java.util.ArrayList;
import java.util.List;

import nl.werkmap.domain.match.BaankansValidator;
import nl.werkmap.domain.profile.ProfielMessage;
import nl.werkmap.domain.rules.ContactWarning;
import nl.werkmap.domain.rules.JobcoachShortfall;
import nl.werkmap.domain.rules.MissingItem;
import nl.werkmap.domain.rules.ProefplaatsingWarning;
import nl.werkmap.domain.validation.ValidationMessage;

/** Message keys the domain hands to the screens (validation problems, missing items, warnings). */
final class DomainKeys {

    private DomainKeys() {
    }

    static List<String> all() {
        List<String> keys = new ArrayList<>();
        for (ValidationMessage m : ValidationMessage.values()) {
            keys.add(m.key());
        }
        for (MissingItem m : MissingItem.values()) {
            keys.add(m.messageKey());
        }
        for (ContactWarning.Kind kind : ContactWarning.Kind.values()) {
            keys.add(new ContactWarning(kind, 0).messageKey());
        }
        for (ProefplaatsingWarning w : ProefplaatsingWarning.values()) {
            keys.add(w.messageKey());
        }
        for (JobcoachShortfall s : JobcoachShortfall.values()) {
            keys.add(s.messageKey());
        }
        // verantwoording (issue 14): grant refusals, session refusals, plausibility flags
        keys.addAll(nl.werkmap.domain.validation.GrantValidator.MESSAGE_KEYS);
        // profile shares (issue 15): refusals and the employer's PDF
        keys.addAll(nl.werkmap.domain.share.DelingValidator.MESSAGE_KEYS);
        keys.addAll(nl.werkmap.domain.share.ProfielDocument.KEYS);
        keys.addAll(nl.werkmap.domain.validation.FormValidator.MESSAGE_KEYS);
        keys.add(nl.werkmap.service.SessionService.DAY_REASON_NEEDED);
        keys.add(nl.werkmap.service.SessionService.BEFORE_PLACEMENT);
        keys.add(nl.werkmap.service.SessionService.WEEK_APPROVED);
        keys.add(nl.werkmap.service.SessionService.WEEK_APPROVED_LOCKED);
        keys.add(nl.werkmap.service.ApprovalService.OPEN_FLAGS);
        keys.add(nl.werkmap.service.ApprovalService.NOT_A_TEAM_LEAD);
        for (nl.werkmap.domain.rules.PlausibilityFlag.Kind kind : nl.werkmap.domain.rules.PlausibilityFlag.Kind.values()) {
            keys.add("hours.flag." + kind.name());
        }
        keys.add("hours.flag.DAY_OVER_MAXIMUM.resolved");
        for (ProfielMessage m : ProfielMessage.values()) {
            keys.add(m.key());
        }
        keys.add(BaankansValidator.EMPLOYER_REQUIRED);
        keys.add(BaankansValidator.TITLE_REQUIRED);
        // matching (issue 15): a point turned into a plan goal
        keys.add(nl.werkmap.service.MatchGoalService.NOT_COACHABLE);
        keys.add(nl.werkmap.service.MatchGoalService.NO_CANDIDATE);
        keys.add(nl.werkmap.domain.profile.SchoolverlaterCheck.WARNING_KEY);
        // coachingsplan (issue 14, item 3)
        keys.addAll(nl.werkmap.domain.validation.CoachingsplanRules.MESSAGE_KEYS);
        // jobcoach deadlines in the week view (issue 14, item 7): AgendaViewModel labels them by their kind
        for (nl.werkmap.report.WorkItem.Kind k : java.util.EnumSet.range(nl.werkmap.report.WorkItem.Kind.AANVRAAG,
                nl.werkmap.report.WorkItem.Kind.UREN_INVOEREN)) {
            keys.add("worklist.kind." + k.name());
        }
        for (nl.werkmap.domain.GoalOutcome o : nl.werkmap.domain.GoalOutcome.values()) {
            keys.add("enum.GoalOutcome." + o.name());
        }
        return keys;
    }
}
