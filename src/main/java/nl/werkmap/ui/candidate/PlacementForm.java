package nl.werkmap.ui.candidate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import nl.werkmap.domain.ContactRole;
import nl.werkmap.domain.Employer;
import nl.werkmap.domain.EmployerContact;
import nl.werkmap.domain.EmployerSector;
import nl.werkmap.domain.Placement;
import nl.werkmap.domain.PlacementType;
import nl.werkmap.domain.RecordIds;
import nl.werkmap.domain.validation.PhoneNumber;
import nl.werkmap.domain.validation.PlacementValidator;
import nl.werkmap.domain.validation.ValidationMessage;
import nl.werkmap.domain.validation.ValidationProblem;
import nl.werkmap.ui.common.FormProblems;
import nl.werkmap.ui.common.Messages;
import nl.werkmap.ui.common.Text;

/**
 * The "new placement" form: where (an existing employer, or a new one by name), what kind of job, from when, how
 * many hours, and the buddy who is there every day. Checked by the domain's {@link PlacementValidator}. The ids of
 * the employer, placement and buddy it creates are fixed when the form opens (and again after each save), so
 * retrying a save that failed halfway updates the same records instead of adding a second employer.
 */
final class PlacementForm {

    static final String EMPLOYER = "employer";
    static final String BUDDY_NAME = "buddyName";
    static final String BUDDY_PHONE = "buddyPhone";

    final ObjectProperty<Employer> employer = new SimpleObjectProperty<>();
    final StringProperty newEmployerName = new SimpleStringProperty("");
    final ObjectProperty<EmployerSector> newEmployerSector = new SimpleObjectProperty<>(EmployerSector.MARKT);
    final StringProperty jobTitle = new SimpleStringProperty("");
    final ObjectProperty<PlacementType> type = new SimpleObjectProperty<>(PlacementType.PROEFPLAATSING);
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>(LocalDate.now());
    final ObjectProperty<LocalDate> plannedEnd = new SimpleObjectProperty<>(LocalDate.now().plusMonths(2).minusDays(1));
    final StringProperty hours = new SimpleStringProperty("");
    final StringProperty buddyName = new SimpleStringProperty("");
    final StringProperty buddyPhone = new SimpleStringProperty("");
    final StringProperty buddyAvailability = new SimpleStringProperty("");
    final FormProblems problems;
    private UUID employerId = RecordIds.next();
    private UUID placementId = RecordIds.next();
    private UUID buddyId = RecordIds.next();

    PlacementForm(Messages messages) {
        this.problems = new FormProblems(messages);
        for (Observable o : new Observable[] {employer, newEmployerName, jobTitle, type, start, plannedEnd, hours,
                buddyName, buddyPhone}) {
            o.addListener(obs -> check());
        }
        check();
    }

    private Double parsedHours() {
        try {
            Double value = Text.decimal(hours.get());
            return value == null || value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The placement as typed, for the given candidate and employer. */
    Placement placement(UUID candidateId, UUID employerId) {
        Double h = parsedHours();
        return new Placement(placementId, candidateId, employerId, Text.orNull(jobTitle.get()), type.get(),
                start.get(), plannedEnd.get(), null, null, null, h == null ? 0 : h, false, null, null, null, false,
                false, null, null, null, null);
    }

    /** A new employer when the coach typed a name instead of choosing one. */
    Employer employerToCreate() {
        return employer.get() != null ? null
                : new Employer(employerId, Text.orNull(newEmployerName.get()), null, newEmployerSector.get(),
                        null, null, null);
    }

    EmployerContact buddy(UUID placementId) {
        if (Text.orNull(buddyName.get()) == null) {
            return null;
        }
        return new EmployerContact(buddyId, placementId, Text.orNull(buddyName.get()), ContactRole.BUDDY,
                Text.orNull(buddyPhone.get()), null, Text.orNull(buddyAvailability.get()), null, null);
    }

    private void check() {
        List<ValidationProblem> found = new ArrayList<>(
                PlacementValidator.validate(placement(UUID.randomUUID(), UUID.randomUUID())));
        if (Text.orNull(hours.get()) == null) {
            found.removeIf(p -> p.field().equals(PlacementValidator.HOURS_PER_WEEK));
            found.add(ValidationProblem.of(PlacementValidator.HOURS_PER_WEEK, ValidationMessage.REQUIRED));
        } else if (parsedHours() == null) {
            found.removeIf(p -> p.field().equals(PlacementValidator.HOURS_PER_WEEK));
            found.add(new ValidationProblem(PlacementValidator.HOURS_PER_WEEK, CandidateFormViewModel.HOURS_NOT_A_NUMBER));
        }
        if (employer.get() == null && Text.orNull(newEmployerName.get()) == null) {
            found.add(ValidationProblem.of(EMPLOYER, ValidationMessage.REQUIRED));
        }
        if (Text.orNull(buddyPhone.get()) != null && !PhoneNumber.isPlausible(buddyPhone.get())) {
            found.add(ValidationProblem.of(BUDDY_PHONE, ValidationMessage.PHONE_FORMAT));
        }
        if (Text.orNull(buddyPhone.get()) != null && Text.orNull(buddyName.get()) == null) {
            found.add(ValidationProblem.of(BUDDY_NAME, ValidationMessage.REQUIRED));
        }
        problems.update(found);
    }

    /** After a save: the next placement is a new record with new ids. */
    void clear() {
        employerId = RecordIds.next();
        placementId = RecordIds.next();
        buddyId = RecordIds.next();
        employer.set(null);
        newEmployerName.set("");
        jobTitle.set("");
        hours.set("");
        buddyName.set("");
        buddyPhone.set("");
        buddyAvailability.set("");
        problems.reset();
    }
}
