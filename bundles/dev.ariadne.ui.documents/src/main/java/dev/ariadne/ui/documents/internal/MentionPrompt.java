package dev.ariadne.ui.documents.internal;

import java.util.Optional;

import dev.ariadne.api.entities.EntityType;
import dev.ariadne.ui.api.EntityTypeColors;
import dev.ariadne.ui.documents.internal.model.Formats;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The Reader's "Add Mention" dialog: asks for the type of the selected text and the entity it names (prefilled with
 * the text). Modal, with its own event loop; UI thread only. Returns the answer; the Reader applies it.
 */
final class MentionPrompt {

    /**
     * What the analyst chose.
     *
     * @param type the mention's type
     * @param entity the canonical name of the entity it names
     */
    record Answer(EntityType type, String entity) {
    }

    private MentionPrompt() {
    }

    /**
     * Asks for the type and entity of a mention.
     *
     * @param mentionText the selected text
     * @param type the type proposed
     * @param entity the entity name proposed
     * @return the answer, or empty when cancelled
     */
    static Optional<Answer> ask(Shell parent, String mentionText, EntityType type, String entity) {
        Shell shell = new Shell(parent, SWT.DIALOG_TRIM | SWT.APPLICATION_MODAL);
        shell.setText("Add Mention");
        GridLayout layout = new GridLayout(2, false);
        layout.marginWidth = 12;
        layout.marginHeight = 12;
        layout.verticalSpacing = 8;
        shell.setLayout(layout);
        Label intro = new Label(shell, SWT.WRAP);
        intro.setText(("Record \u201c" + Formats.shorten(mentionText, 80)
                + "\u201d as a mention the extractors missed.").replace("&", "&&"));
        GridData introData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        introData.widthHint = 360;
        intro.setLayoutData(introData);
        new Label(shell, SWT.NONE).setText("Type:");
        Combo types = new Combo(shell, SWT.READ_ONLY | SWT.DROP_DOWN);
        for (EntityType each : EntityType.values()) {
            types.add(EntityTypeColors.label(each));
        }
        types.select(type.ordinal());
        types.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(shell, SWT.NONE).setText("Entity:");
        Text name = new Text(shell, SWT.BORDER | SWT.SINGLE);
        name.setText(entity == null ? mentionText : entity);
        name.selectAll();
        GridData nameData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        nameData.widthHint = 260;
        name.setLayoutData(nameData);
        Composite buttons = new Composite(shell, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.END, SWT.CENTER, true, false, 2, 1));
        GridLayout buttonLayout = new GridLayout(2, true);
        buttonLayout.marginWidth = 0;
        buttons.setLayout(buttonLayout);
        Button ok = new Button(buttons, SWT.PUSH);
        ok.setText("Add");
        ok.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button cancel = new Button(buttons, SWT.PUSH);
        cancel.setText("Cancel");
        cancel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Answer[] answer = {null};
        ok.addListener(SWT.Selection, e -> {
            answer[0] = new Answer(EntityType.values()[types.getSelectionIndex()], name.getText().strip());
            shell.close();
        });
        cancel.addListener(SWT.Selection, e -> shell.close());
        name.addListener(SWT.Modify, e -> ok.setEnabled(!name.getText().isBlank()));
        ok.setEnabled(!name.getText().isBlank());
        shell.setDefaultButton(ok);
        shell.pack();
        Rectangle over = parent.getBounds();
        Rectangle size = shell.getBounds();
        shell.setLocation(over.x + (over.width - size.width) / 2, over.y + (over.height - size.height) / 3);
        shell.open();
        Display display = shell.getDisplay();
        while (!shell.isDisposed()) {
            if (!display.readAndDispatch()) {
                display.sleep();
            }
        }
        return Optional.ofNullable(answer[0]);
    }
}
