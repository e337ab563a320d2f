/**
 * Administration pages, reserved to the ADMIN role by the {@code /admin/*} constraint:
 * personal API tokens for now.
 */
package io.relais.web.admin;
