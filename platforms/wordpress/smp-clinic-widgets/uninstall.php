<?php
/**
 * Removes the plugin's one setting, from every site of a multisite network. Posts are left as they are: their
 * blocks and shortcodes stay in the content, and show their fallback text if the plugin comes back, or plain
 * text if it does not.
 *
 * @package smp-clinic-widgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $smp_site ) {
		switch_to_blog( $smp_site );
		delete_option( 'smp_src_origins' );
		restore_current_blog();
	}
} else {
	delete_option( 'smp_src_origins' );
}
