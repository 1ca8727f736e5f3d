package dev.ariadne.core.internal.cases;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.ConnectionEvent;
import javax.sql.ConnectionEventListener;
import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small pool of physical connections to one case database, built on the {@link ConnectionPoolDataSource} that the
 * driver's DataSourceFactory service makes.
 *
 * <p>Each {@link #connection()} hands out the logical handle of an idle physical connection (or of a new one); when
 * the caller closes the handle the driver reports it through {@link ConnectionEventListener#connectionClosed} and the
 * physical connection goes back to the idle list, or is closed when enough are idle already. A connection that
 * reports an error is discarded. {@link #close()} closes every physical connection, which closes the embedded
 * database. Thread-safe.
 */
final class ConnectionPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionPool.class);

    private final String name;
    private final ConnectionPoolDataSource source;
    private final int maxIdle;
    private final Deque<PooledConnection> idle = new ArrayDeque<>();
    private final Set<PooledConnection> all = new HashSet<>();
    private final ConnectionEventListener listener = new ConnectionEventListener() {
        @Override
        public void connectionClosed(ConnectionEvent event) {
            release((PooledConnection) event.getSource());
        }

        @Override
        public void connectionErrorOccurred(ConnectionEvent event) {
            LOG.warn("A connection to {} failed and is discarded", name, event.getSQLException());
            discard((PooledConnection) event.getSource());
        }
    };
    private boolean closed;

    ConnectionPool(String name, ConnectionPoolDataSource source, int maxIdle) {
        this.name = name;
        this.source = source;
        this.maxIdle = maxIdle;
    }

    /** A connection in auto-commit mode; the caller closes it. */
    Connection connection() throws SQLException {
        PooledConnection pooled;
        synchronized (this) {
            if (closed) {
                throw new SQLException("The database " + name + " is closed.");
            }
            pooled = idle.pollFirst();
        }
        if (pooled == null) {
            pooled = source.getPooledConnection();
            pooled.addConnectionEventListener(listener);
            boolean lateClose;
            synchronized (this) {
                lateClose = closed;
                if (!lateClose) {
                    all.add(pooled);
                }
            }
            if (lateClose) {
                closePhysical(pooled);
                throw new SQLException("The database " + name + " is closed.");
            }
        }
        try {
            return pooled.getConnection();
        } catch (SQLException e) {
            discard(pooled);
            throw e;
        }
    }

    private void release(PooledConnection pooled) {
        boolean keep;
        synchronized (this) {
            keep = !closed && all.contains(pooled) && idle.size() < maxIdle;
            if (keep) {
                idle.addFirst(pooled);
            } else {
                all.remove(pooled);
            }
        }
        if (!keep) {
            closePhysical(pooled);
        }
    }

    private void discard(PooledConnection pooled) {
        synchronized (this) {
            all.remove(pooled);
            idle.remove(pooled);
        }
        closePhysical(pooled);
    }

    /** The number of physical connections open now, idle or in use. */
    synchronized int size() {
        return all.size();
    }

    /** The number of idle physical connections. */
    synchronized int idleCount() {
        return idle.size();
    }

    /** Closes every physical connection; handles still in use stop working. */
    @Override
    public void close() {
        List<PooledConnection> toClose;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            toClose = new ArrayList<>(all);
            all.clear();
            idle.clear();
        }
        for (PooledConnection pooled : toClose) {
            closePhysical(pooled);
        }
    }

    private void closePhysical(PooledConnection pooled) {
        pooled.removeConnectionEventListener(listener);
        try {
            pooled.close();
        } catch (SQLException e) {
            LOG.warn("Cannot close a connection to {}", name, e);
        }
    }
}
