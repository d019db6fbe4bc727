package org.penholder.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on the project's connection, inside {@link Database#read} or {@link Database#write}. */
@FunctionalInterface
interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
}
