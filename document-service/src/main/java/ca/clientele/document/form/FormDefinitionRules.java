package ca.clientele.document.form;

import ca.clientele.document.form.FormBody.FieldBody;
import ca.clientele.document.form.InvalidFormInput.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What a definition must hold across its fields, beyond each value's own constraints. */
final class FormDefinitionRules {

    private FormDefinitionRules() {}

    /** @throws InvalidFormInput naming {@code fields[i].key}, {@code fields[i].options}… */
    static void check(FormBody body) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < body.fields().size(); i++) {
            FieldBody field = body.fields().get(i);
            String path = "fields[" + i + "]";
            if (!keys.add(field.key())) {
                problems.add(new FieldProblem(path + ".key", "form.definition.duplicate-key", field.key()));
            }
            if (field.type().hasOptions() && field.options().isEmpty()) {
                problems.add(new FieldProblem(path + ".options", "form.definition.options-required"));
            }
            if (!field.type().hasOptions() && !field.options().isEmpty()) {
                problems.add(new FieldProblem(path + ".options", "form.definition.options-not-allowed"));
            }
            Set<String> values = new HashSet<>();
            for (int j = 0; j < field.options().size(); j++) {
                String value = field.options().get(j).value();
                if (!values.add(value)) {
                    problems.add(new FieldProblem(
                            path + ".options[" + j + "].value", "form.definition.duplicate-option", value));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidFormInput(problems);
        }
    }
}
