package dev.ariadne.ui.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The message and content pages of a view, in a real SWT shell (skipped without an X display). */
class ViewPagesTest {

    private Shell shell;

    @BeforeEach
    void openShell() {
        String x = System.getenv("DISPLAY");
        assumeTrue(x != null && !x.isBlank(), "no DISPLAY: run the view tests under xvfb-run");
        Display display = Display.getCurrent() != null ? Display.getCurrent() : new Display();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(200, 400); // narrow, so that a long message wraps
        shell.open();
    }

    @AfterEach
    void closeShell() {
        if (shell != null) {
            shell.dispose();
        }
    }

    @Test
    void startsOnTheMessageAndSwitchesToTheContentAndBack() {
        ViewPages pages = new ViewPages(shell, 180);
        Composite content = new Composite(pages.root(), SWT.NONE);
        pages.setContent(content);
        pages.showMessage("Open or create a case.");
        shell.layout(true, true);

        assertThat(pages.showsContent()).isFalse();
        assertThat(pages.message()).isEqualTo("Open or create a case.");
        pages.showContent();
        assertThat(pages.showsContent()).isTrue();
        assertThat(content.isVisible()).isTrue();
        pages.showMessage("Nothing is selected.");
        assertThat(pages.showsContent()).isFalse();
        assertThat(pages.messageLabel().isVisible()).isTrue();
    }

    @Test
    void aLongerMessageShownInPlaceGetsTheHeightOfItsWrappedLines() {
        ViewPages pages = new ViewPages(shell, 180);
        pages.showMessage("Short.");
        shell.layout(true, true);
        int oneLine = pages.messageLabel().getSize().y;

        pages.showMessage("Search is not available: the search bundle (dev.ariadne.search.lucene) is not running.");

        Label label = pages.messageLabel();
        assertThat(label.getSize().y).isGreaterThan(oneLine)
                .isGreaterThanOrEqualTo(label.computeSize(label.getSize().x, SWT.DEFAULT).y);
    }

    @Test
    void refusesContentElsewhereAndShowingContentNeverSet() {
        ViewPages pages = new ViewPages(shell, 180);

        assertThatThrownBy(pages::showContent).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> pages.setContent(new Composite(shell, SWT.NONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDerivedFontIsSetOnTheControlAndDisposedWithIt() {
        Label title = new Label(shell, SWT.NONE);
        int height = title.getFont().getFontData()[0].getHeight();

        Font font = ViewPages.derivedFont(title, SWT.BOLD, 2);

        assertThat(title.getFont()).isSameAs(font);
        assertThat(font.getFontData()[0].getStyle() & SWT.BOLD).isEqualTo(SWT.BOLD);
        assertThat(font.getFontData()[0].getHeight()).isEqualTo(height + 2);
        title.dispose();
        assertThat(font.isDisposed()).isTrue();
    }
}
