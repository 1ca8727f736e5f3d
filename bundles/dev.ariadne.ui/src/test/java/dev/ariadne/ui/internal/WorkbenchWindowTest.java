package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.ariadne.ui.api.ViewProperties;
import dev.ariadne.ui.testing.FakeCase;
import dev.ariadne.ui.testing.Swt;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The window's stacks on a real SWT display, without a framework: the views have no service behind them, so their
 * tabs show error pages, which is all the layout needs. The test thread is the UI thread. Skipped without DISPLAY.
 */
class WorkbenchWindowTest {
    private Display display;
    private WorkbenchComponent host;
    private WorkbenchWindow window;

    private static UiConfig config() {
        return new UiConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return UiConfig.class;
            }

            @Override
            public int viewStartTimeoutSeconds() {
                return 5;
            }

            @Override
            public int viewCreationWatchdogSeconds() {
                return 3;
            }

            @Override
            public int layoutSaveDelayMillis() {
                return 100;
            }

            @Override
            public int progressRefreshMillis() {
                return 100;
            }
        };
    }

    private static ViewContribution view(String id, String area, boolean byDefault, long serviceId) {
        return new ViewContribution(id, id.toUpperCase(), area, 10, byDefault, "test", serviceId, 0, null);
    }

    @BeforeEach
    void open() {
        display = Swt.display();
        host = new WorkbenchComponent();
        host.config = config();
        host.workers = Executors.newCachedThreadPool();
        host.timer = Executors.newSingleThreadScheduledExecutor();
        host.activator = new ViewActivator(host.workers, host.timer);
        host.watchdog = new UiWatchdog(host.timer);
        host.views.add(view("nav", ViewProperties.LEFT, true, 1));
        host.views.add(view("log", ViewProperties.BOTTOM, true, 2));
        host.views.add(view("extra", ViewProperties.RIGHT, false, 3));
        window = new WorkbenchWindow(host, display);
        window.open();
        Swt.drain();
    }

    @AfterEach
    void close() {
        if (display == null) {
            return;
        }
        window.exit();
        display.dispose();
        host.workers.shutdownNow();
        host.timer.shutdownNow();
    }

    private String stackOf(String viewId) {
        for (String area : Areas.ALL) {
            for (CTabItem item : window.stacks().folder(area).getItems()) {
                if (viewId.equals(item.getData(WidgetKeys.VIEW_ID))) {
                    return area;
                }
            }
        }
        return null;
    }

    @Test
    void theWindowAcceptsFilesDroppedOnIt() {
        Object target = window.shell().getData(org.eclipse.swt.dnd.DND.DROP_TARGET_KEY);
        assertThat(target).isInstanceOf(org.eclipse.swt.dnd.DropTarget.class);
        assertThat(((org.eclipse.swt.dnd.DropTarget) target).getTransfer())
                .containsExactly(org.eclipse.swt.dnd.FileTransfer.getInstance());
        assertThat(window.fileDrop().importDropped(new String[] {"/tmp/dropped.txt"})).isEmpty();
    }

    @Test
    void defaultViewsOpenInTheirStacksAndEmptySideStacksCollapse() {
        assertThat(stackOf("nav")).isEqualTo(ViewProperties.LEFT);
        assertThat(stackOf("log")).isEqualTo(ViewProperties.BOTTOM);
        assertThat(stackOf("extra")).isNull();
        assertThat(window.stacks().folder(ViewProperties.RIGHT).getVisible()).isFalse();
        assertThat(window.stacks().folder(ViewProperties.CENTER).getVisible()).isTrue();
        assertThat(window.openViews()).containsExactlyInAnyOrder("nav", "log");
    }

    @Test
    void droppingATabOnAnotherStackMovesTheViewAndTheLayoutFollows() {
        CTabItem nav = window.stacks().folder(ViewProperties.LEFT).getItem(0);
        window.dropTab(nav, ViewProperties.RIGHT, -1);
        Swt.drain();
        assertThat(stackOf("nav")).isEqualTo(ViewProperties.RIGHT);
        assertThat(window.stacks().folder(ViewProperties.LEFT).getVisible()).isFalse();
        assertThat(window.stacks().folder(ViewProperties.RIGHT).getVisible()).isTrue();
        LayoutState layout = window.captureLayout();
        assertThat(layout.stacks().get(ViewProperties.RIGHT).views()).containsExactly("nav");
        assertThat(layout.stacks().get(ViewProperties.LEFT).views()).isEmpty();
        assertThat(layout.stacks().get(ViewProperties.RIGHT).active()).isEqualTo("nav");
    }

    @Test
    void theDropTargetIsAWindowEdgeOrTheStackUnderThePointer() {
        Rectangle body = display.map(window.stacks().control().getParent(), null,
                window.stacks().control().getBounds());
        assertThat(window.stacks().dropAt(new Point(body.x + 3, body.y + body.height / 2)).area())
                .isEqualTo(ViewProperties.LEFT);
        assertThat(window.stacks().dropAt(new Point(body.x + body.width - 3, body.y + body.height / 2)).area())
                .isEqualTo(ViewProperties.RIGHT);
        assertThat(window.stacks().dropAt(new Point(body.x + body.width / 2, body.y + body.height - 3)).area())
                .isEqualTo(ViewProperties.BOTTOM);
        CTabFolder center = window.stacks().folder(ViewProperties.CENTER);
        Rectangle centerBounds = display.map(center.getParent(), null, center.getBounds());
        Stacks.Drop drop = window.stacks().dropAt(new Point(centerBounds.x + centerBounds.width / 2,
                centerBounds.y + centerBounds.height / 2));
        assertThat(drop.area()).isEqualTo(ViewProperties.CENTER);
        assertThat(drop.feedback()).isEqualTo(centerBounds);
        assertThat(window.stacks().dropAt(new Point(body.x - 50, body.y - 50))).isNull();
    }

    @Test
    void maximiseHidesTheOtherStacksAndRestoreBringsThemBack() {
        window.stacks().maximize(ViewProperties.BOTTOM);
        Swt.drain();
        assertThat(window.stacks().folder(ViewProperties.BOTTOM).getMaximized()).isTrue();
        assertThat(window.stacks().folder(ViewProperties.LEFT).getBounds().x).isNegative();
        assertThat(window.captureLayout().maximized()).isEqualTo(ViewProperties.BOTTOM);
        window.stacks().restore(ViewProperties.BOTTOM);
        Swt.drain();
        assertThat(window.stacks().folder(ViewProperties.LEFT).getBounds().x).isNotNegative();
        assertThat(window.captureLayout().maximized()).isNull();
    }

    @Test
    void minimiseCollapsesAStackToTheStatusBarUntilRestored() {
        window.stacks().minimize(ViewProperties.LEFT);
        Swt.drain();
        assertThat(window.stacks().folder(ViewProperties.LEFT).getVisible()).isFalse();
        assertThat(window.captureLayout().stacks().get(ViewProperties.LEFT).minimized()).isTrue();
        window.showView("nav");
        Swt.drain();
        assertThat(window.stacks().folder(ViewProperties.LEFT).getVisible()).isTrue();
        assertThat(window.stacks().minimized()).isEmpty();
    }

    @Test
    void aViewShownWhileTheCaseLayoutIsReadStaysOpen() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        window.setCase(Optional.of(new FakeCase("slow-layout", "Slow layout").beforeEachRead(() -> {
            reading.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })));
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(window.showView("extra")).isTrue(); // not in the default layout the case is about to get
        release.countDown();
        Swt.waitUntil("the case's layout to be applied", Duration.ofSeconds(10), () -> !window.layoutLoading());

        assertThat(window.openViews()).containsExactlyInAnyOrder("nav", "log", "extra");
        CTabFolder right = window.stacks().folder(ViewProperties.RIGHT);
        assertThat(right.getSelection().getData(WidgetKeys.VIEW_ID)).isEqualTo("extra");
        assertThat(window.captureLayout().stacks().get(ViewProperties.RIGHT).views()).containsExactly("extra");
    }

    @Test
    void applyingASavedLayoutMovesOpensAndClosesViews() {
        LayoutState saved = LayoutState.fromJson("{\"stacks\":{\"center\":{\"views\":[\"extra\",\"gone\",\"nav\"],"
                + "\"active\":\"nav\"},\"bottom\":{\"views\":[],\"minimized\":false}},\"outerWeights\":[10,70,20]}");
        window.applyLayout(saved, false);
        Swt.drain();
        assertThat(stackOf("extra")).isEqualTo(ViewProperties.CENTER);
        assertThat(stackOf("nav")).isEqualTo(ViewProperties.CENTER);
        assertThat(stackOf("log")).isNull();
        CTabFolder center = window.stacks().folder(ViewProperties.CENTER);
        assertThat(center.getItems()).extracting(i -> i.getData(WidgetKeys.VIEW_ID)).containsExactly("extra", "nav");
        assertThat(center.getSelection().getData(WidgetKeys.VIEW_ID)).isEqualTo("nav");
        // the absent view keeps its place in the layout for when its bundle comes back
        assertThat(window.captureLayout().stacks().get(ViewProperties.CENTER).views())
                .containsExactly("extra", "gone", "nav");
        host.views.add(view("gone", ViewProperties.RIGHT, false, 4));
        window.contributionsChanged();
        Swt.drain();
        assertThat(center.getItems()).extracting(i -> i.getData(WidgetKeys.VIEW_ID))
                .containsExactly("extra", "gone", "nav");
    }

    @Test
    void closingATabForgetsItsPlaceAndAViewGoneAwayKeepsIt() {
        window.closeTab(window.stacks().folder(ViewProperties.LEFT).getItem(0));
        Swt.drain();
        assertThat(window.captureLayout().areaOf("nav")).isNull();
        host.views.remove(2);
        window.contributionsChanged();
        Swt.drain();
        assertThat(stackOf("log")).isNull();
        assertThat(window.captureLayout().areaOf("log")).isEqualTo(ViewProperties.BOTTOM);
        assertThat(window.views()).extracting(d -> d.id()).containsExactly("extra", "nav");
        assertThat(List.of(window.showView("log"), window.showView("nav"))).containsExactly(false, true);
    }
}
