package dev.ariadne.api.plugins;

/** A bundle could not be installed, started, stopped or uninstalled; the message says why. */
public class PluginException extends Exception {
    private static final long serialVersionUID = 1L;

    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
