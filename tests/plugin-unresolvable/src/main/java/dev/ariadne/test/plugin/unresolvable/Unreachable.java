package dev.ariadne.test.plugin.unresolvable;

import java.util.function.Supplier;

import org.osgi.service.component.annotations.Component;

/**
 * A service that would be registered if the bundle resolved; it never is. Nothing calls it.
 */
@Component(service = Supplier.class)
public class Unreachable implements Supplier<String> {

    @Override
    public String get() {
        return "unreachable";
    }
}
