/**
 * What the unit tests of the UI bundles share: {@link dev.ariadne.ui.testing.Swt}, the SWT display of the test
 * thread and its event loop, {@link dev.ariadne.ui.testing.FakeWorkbench}, a workbench and view sites over a test
 * shell, and {@link dev.ariadne.ui.testing.FakeJobService}, a job service on two test threads. Bundles depend on
 * this one with test scope only; it is part of no product and exports nothing.
 */
package dev.ariadne.ui.testing;
