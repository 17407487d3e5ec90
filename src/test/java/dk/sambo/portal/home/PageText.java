package dk.sambo.portal.home;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

/** All text the current page shows, including grid rows, for assertions on what a person sees. */
public final class PageText {

    private PageText() {
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static String now() {
        var text = new StringBuilder(BasicUtilsKt.get_textRecursively(UI.getCurrent()));
        for (Grid grid : _find(Grid.class)) {
            int size = GridKt._size(grid);
            text.append('\n').append(IntStream.range(0, size)
                    .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(grid, i)))
                    .collect(Collectors.joining("\n")));
        }
        return text.toString();
    }
}
