package dev.ariadne.ui.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.ariadne.ui.api.CommandContext;
import dev.ariadne.ui.api.WorkbenchCommand;
import org.junit.jupiter.api.Test;

class MenuModelTest {
    private static final WorkbenchCommand NOOP = (CommandContext c) -> { };

    private static CommandContribution command(String id, String menu, int order) {
        return new CommandContribution(id, "&" + id, menu, "", false, order, id.hashCode(), CommandHandle.of(NOOP));
    }

    @Test
    void topMenusFollowTheEclipseOrderAndWindowAlwaysExists() {
        List<MenuModel.Menu> menus = MenuModel.build(List.of(command("about", "Help", 10),
                command("export", "Case/Export", 10), command("new", "File", 10), command("undo", "Edit", 10),
                command("zap", "Tools", 10)));
        assertThat(menus).extracting(MenuModel.Menu::name)
                .containsExactly("File", "Edit", "Case", "Tools", "Window", "Help");
        assertThat(menus.get(4).entries()).isEmpty();
    }

    @Test
    void itemsSortByOrderWithSeparatorsBetweenHundreds() {
        List<MenuModel.Menu> menus = MenuModel.build(List.of(command("exit", "File", 900),
                command("open", "File", 20), command("new", "File", 10), command("close", "File", 30)));
        List<MenuModel.Entry> file = menus.get(0).entries();
        assertThat(file).hasSize(5);
        assertThat(((MenuModel.Item) file.get(0)).command().id()).isEqualTo("new");
        assertThat(((MenuModel.Item) file.get(2)).command().id()).isEqualTo("close");
        assertThat(file.get(3)).isInstanceOf(MenuModel.Separator.class);
        assertThat(((MenuModel.Item) file.get(4)).command().id()).isEqualTo("exit");
    }

    @Test
    void submenusMergeCaseInsensitivelyAndSortByTheirFirstCommand() {
        List<MenuModel.Menu> menus = MenuModel.build(List.of(command("pdf", "Case/Export", 50),
                command("html", "case/export", 40), command("info", "Case", 10)));
        MenuModel.Menu caseMenu = menus.get(0);
        assertThat(caseMenu.name()).isEqualTo("Case");
        assertThat(caseMenu.entries()).hasSize(2);
        MenuModel.Submenu export = (MenuModel.Submenu) caseMenu.entries().get(1);
        assertThat(export.entries()).extracting(e -> ((MenuModel.Item) e).command().id())
                .containsExactly("html", "pdf");
    }

    @Test
    void mnemonics() {
        assertThat(MenuModel.withMnemonic("File")).isEqualTo("&File");
        assertThat(MenuModel.withMnemonic("E&xport")).isEqualTo("E&xport");
        assertThat(new CommandContribution("x", "&Open Case…", "File", "", false, 1, 1, CommandHandle.of(NOOP)).plainLabel())
                .isEqualTo("Open Case");
    }
}
