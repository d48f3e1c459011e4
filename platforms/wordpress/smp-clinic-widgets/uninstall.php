<?php
/**
 * Removes the plugin's one setting. Posts are left as they are: their blocks and shortcodes stay in the
 * content, and show their fallback text if the plugin comes back, or plain text if it does not.
 *
 * @package smp-clinic-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'smp_src_origins' );
