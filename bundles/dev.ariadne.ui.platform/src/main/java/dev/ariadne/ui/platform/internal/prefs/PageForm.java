package dev.ariadne.ui.platform.internal.prefs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * The generated form of one Preferences page: for each attribute a label and an input (a check box for booleans, a
 * read-only combo for option lists, a text field otherwise), its description, and its problem in red while the input
 * is not a valid value.
 *
 * <p>Made lazily by {@link PreferencesDialog} when its page is first shown; every method is called on the UI thread.
 * It makes no fonts or colours of its own.
 */
final class PageForm {

    /** The combo entry that leaves an option property unset. */
    static final String NOT_SET = "(not set)";

    final PreferencePage page;
    final Composite control;
    private final List<Field> fields = new ArrayList<>();
    private final Runnable onChange;
    private final ScrolledComposite scroller;
    private final Composite form;
    private Map<String, String> saved = Map.of();
    private boolean ready;

    /**
     * Builds the form in {@code parent}.
     *
     * @param properties the configured properties, or {@code null} when the PID has none (defaults are shown)
     * @param loadProblem why the configuration could not be read, or {@code null}
     * @param onChange called after any input changes
     */
    PageForm(Composite parent, PreferencePage page, Font bold, Dictionary<String, ?> properties, String loadProblem,
            Runnable onChange) {
        this.page = page;
        this.onChange = onChange;
        control = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 4;
        control.setLayout(layout);

        Label title = new Label(control, SWT.WRAP);
        title.setFont(bold);
        title.setText(escape(page.label()));
        title.setLayoutData(wrapping());
        if (!page.description().isBlank()) {
            Label description = new Label(control, SWT.WRAP);
            description.setText(escape(page.description()));
            description.setLayoutData(wrapping());
        }
        Label source = new Label(control, SWT.WRAP);
        source.setText(escape("PID " + page.pid() + "  \u00b7  from " + page.bundle()
                + (properties == null ? "  \u00b7  not configured yet, defaults shown" : "")));
        source.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
        source.setLayoutData(wrapping());
        if (loadProblem != null) {
            Label problem = new Label(control, SWT.WRAP);
            problem.setText(escape("Could not read the current values, defaults shown: " + loadProblem));
            problem.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_RED));
            problem.setLayoutData(wrapping());
        }
        Label line = new Label(control, SWT.SEPARATOR | SWT.HORIZONTAL);
        line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        scroller = new ScrolledComposite(control, SWT.V_SCROLL);
        GridData scrollerData = new GridData(SWT.FILL, SWT.FILL, true, true);
        // Small hints: the form's own width must not widen the page; it wraps to the space it gets.
        scrollerData.widthHint = 100;
        scrollerData.heightHint = 100;
        scroller.setLayoutData(scrollerData);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        form = new Composite(scroller, SWT.NONE);
        GridLayout formLayout = new GridLayout(2, false);
        formLayout.marginWidth = 0;
        formLayout.horizontalSpacing = 12;
        formLayout.verticalSpacing = 4;
        form.setLayout(formLayout);
        scroller.setContent(form);
        scroller.addListener(SWT.Resize, e -> updateScrollSize());

        if (page.attributes().isEmpty()) {
            Label none = new Label(form, SWT.WRAP);
            none.setText("This configuration declares no settings.");
        }
        for (AttributeDefinition attribute : page.attributes()) {
            fields.add(new Field(attribute, FieldCodec.currentText(attribute, properties)));
        }
        markSaved();
        updateScrollSize();
        ready = true;
    }

    /** Whether every input holds a valid value. */
    boolean isValid() {
        return fields.stream().allMatch(field -> field.problem == null);
    }

    /** The first problem, as {@code "Name: problem"}. */
    Optional<String> firstProblem() {
        return fields.stream().filter(field -> field.problem != null)
                .map(field -> field.attribute.getName() + ": " + field.problem).findFirst();
    }

    /** Whether an input differs from what was read or last saved. */
    boolean isDirty() {
        return !texts().equals(saved);
    }

    /**
     * The typed values of every input, by attribute id.
     *
     * @throws IllegalArgumentException when an input is not valid
     */
    Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields) {
            values.put(field.attribute.getID(), FieldCodec.parse(field.attribute, field.text()));
        }
        return values;
    }

    /** Puts every attribute's default into its input (nothing is saved until Apply or OK). */
    void restoreDefaults() {
        for (Field field : fields) {
            field.setText(FieldCodec.defaultText(field.attribute));
        }
        onChange.run();
    }

    /** Remembers the inputs as saved, after the configuration was updated. */
    void markSaved() {
        saved = texts();
    }

    /** Sets the text of the input of an attribute, as if typed; for tests. */
    void setText(String attributeId, String text) {
        fields.stream().filter(field -> field.attribute.getID().equals(attributeId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No attribute " + attributeId))
                .setText(text);
        onChange.run();
    }

    /** The text of the input of an attribute; for tests. */
    String text(String attributeId) {
        return fields.stream().filter(field -> field.attribute.getID().equals(attributeId)).findFirst()
                .map(Field::text).orElseThrow(() -> new IllegalArgumentException("No attribute " + attributeId));
    }

    /** The input control of an attribute; for tests. */
    Control input(String attributeId) {
        return fields.stream().filter(field -> field.attribute.getID().equals(attributeId)).findFirst()
                .map(field -> field.input).orElseThrow(() -> new IllegalArgumentException("No attribute " + attributeId));
    }

    private Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        fields.forEach(field -> texts.put(field.attribute.getID(), field.text()));
        return texts;
    }

    /** Fits the form to the scroller's width (wrapping its labels) and lets it scroll vertically. */
    private void updateScrollSize() {
        Rectangle area = scroller.getClientArea();
        Point size = form.computeSize(Math.max(1, area.width), SWT.DEFAULT);
        ScrollBar bar = scroller.getVerticalBar();
        if (bar != null && !bar.getVisible() && size.y > area.height && area.width > bar.getSize().x) {
            // The scroll bar that is about to appear takes width from the form.
            size = form.computeSize(area.width - bar.getSize().x, SWT.DEFAULT);
        }
        scroller.setMinSize(0, size.y);
    }

    /** Layout data of a label that wraps to the width it gets. */
    private static GridData wrapping() {
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 150;
        return data;
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&&");
    }

    /** One attribute's widgets. */
    private final class Field {
        final AttributeDefinition attribute;
        final Control input;
        final Label error;
        final Label errorSpacer;
        final String[] optionValues;
        String problem;

        Field(AttributeDefinition attribute, String initial) {
            this.attribute = attribute;
            String[] options = attribute.getOptionValues();
            boolean offered = options != null && options.length > 0 && attribute.getCardinality() == 0;
            String[] optionLabels = offered ? attribute.getOptionLabels() : null;
            if (offered && !Arrays.asList(options).contains(FieldCodec.defaultText(attribute))) {
                // Without a default among the options the property may stay unset: offer that first.
                optionLabels = prepend(NOT_SET, optionLabels == null ? options : optionLabels);
                options = prepend("", options);
            }
            optionValues = offered ? options : null;

            Label label = new Label(form, SWT.NONE);
            label.setText(escape(attribute.getName() == null ? attribute.getID() : attribute.getName()) + ":");
            label.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
            if (attribute.getDescription() != null) {
                label.setToolTipText(attribute.getDescription());
            }

            if (optionValues != null) {
                Combo combo = new Combo(form, SWT.READ_ONLY | SWT.DROP_DOWN);
                for (int i = 0; i < optionValues.length; i++) {
                    boolean labelled = optionLabels != null && i < optionLabels.length && optionLabels[i] != null;
                    combo.add(labelled ? optionLabels[i] : optionValues[i]);
                }
                combo.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
                combo.addListener(SWT.Selection, e -> changed());
                input = combo;
            } else if (attribute.getType() == AttributeDefinition.BOOLEAN && attribute.getCardinality() == 0) {
                Button check = new Button(form, SWT.CHECK);
                check.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
                check.addListener(SWT.Selection, e -> changed());
                input = check;
            } else {
                int style = SWT.BORDER | SWT.SINGLE
                        | (attribute.getType() == AttributeDefinition.PASSWORD ? SWT.PASSWORD : SWT.NONE);
                Text text = new Text(form, style);
                GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
                data.widthHint = FieldCodec.isText(attribute.getType()) || attribute.getCardinality() != 0 ? 150 : 120;
                if (!(FieldCodec.isText(attribute.getType()) || attribute.getCardinality() != 0)) {
                    data.horizontalAlignment = SWT.LEFT;
                    data.grabExcessHorizontalSpace = false;
                }
                text.setLayoutData(data);
                if (attribute.getCardinality() != 0) {
                    text.setMessage("values separated by commas");
                }
                text.addListener(SWT.Modify, e -> changed());
                input = text;
            }
            input.setToolTipText(attribute.getDescription());

            String description = attribute.getDescription();
            if (description != null && !description.isBlank()) {
                new Label(form, SWT.NONE);
                Label hint = new Label(form, SWT.WRAP);
                hint.setText(escape(description));
                hint.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
                hint.setLayoutData(wrapping());
            }
            errorSpacer = new Label(form, SWT.NONE);
            GridData spacerData = new GridData(SWT.LEFT, SWT.TOP, false, false);
            spacerData.exclude = true;
            errorSpacer.setLayoutData(spacerData);
            errorSpacer.setVisible(false);
            error = new Label(form, SWT.WRAP);
            error.setForeground(form.getDisplay().getSystemColor(SWT.COLOR_RED));
            GridData errorData = wrapping();
            errorData.exclude = true;
            error.setLayoutData(errorData);
            error.setVisible(false);
            setText(initial);
        }

        String text() {
            if (input instanceof Combo combo) {
                int index = combo.getSelectionIndex();
                return index < 0 ? "" : optionValues[index];
            }
            if (input instanceof Button check) {
                return Boolean.toString(check.getSelection());
            }
            return ((Text) input).getText();
        }

        void setText(String value) {
            if (input instanceof Combo combo) {
                int index = Arrays.asList(optionValues).indexOf(value);
                if (index < 0 && optionValues[0].isEmpty()) {
                    // A value that is not offered reads as not set.
                    index = 0;
                }
                if (index < 0) {
                    combo.deselectAll();
                } else {
                    combo.select(index);
                }
            } else if (input instanceof Button check) {
                check.setSelection(Boolean.parseBoolean(value.strip()));
            } else {
                ((Text) input).setText(value);
            }
            check();
        }

        private void changed() {
            check();
            if (ready) {
                onChange.run();
            }
        }

        void check() {
            problem = FieldCodec.problem(attribute, text()).orElse(null);
            boolean show = problem != null;
            String shown = show ? escape(problem) : "";
            if (error.getVisible() == show && error.getText().equals(shown)) {
                return;
            }
            error.setText(shown);
            error.setVisible(show);
            errorSpacer.setVisible(show);
            ((GridData) error.getLayoutData()).exclude = !show;
            ((GridData) errorSpacer.getLayoutData()).exclude = !show;
            form.layout(true);
            updateScrollSize();
        }
    }
}
