<?php
/**
 * Plugin Name:       SMP Clinic Widgets
 * Description:       Blocks and shortcodes for the SMP due-diligence checklist, a guarantee comparison and a treatment explainer. General information, not medical advice.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       smp-clinic-widgets
 * Domain Path:       /languages
 *
 * @package smp-clinic-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'SMP_WIDGETS_VERSION', '0.1.0' );

/** The three widgets: block name and shortcode of each, by element tag. */
function smp_widgets_list() {
	return array(
		'smp-clinic-checklist'     => array(
			'block'     => 'clinic-checklist',
			'shortcode' => 'smp_checklist',
			'fallback'  => __( 'Before choosing an SMP clinic, ask to see healed results at least 3 months old, get the guarantee in writing and find out which technician will treat you.', 'smp-clinic-widgets' ),
		),
		'smp-guarantee-comparison' => array(
			'block'     => 'guarantee-comparison',
			'shortcode' => 'smp_comparison',
			'fallback'  => __( 'SMP clinics’ guarantees side by side. Confirm the terms with each clinic in writing.', 'smp-clinic-widgets' ),
		),
		'smp-treatment-explainer'  => array(
			'block'     => 'treatment-explainer',
			'shortcode' => 'smp_explainer',
			'fallback'  => __( 'How scalp micropigmentation and tricopigmentation differ, and how SMP can go alongside a hair transplant.', 'smp-clinic-widgets' ),
		),
	);
}

const SMP_WIDGETS_LOCALES = array( 'en-GB', 'en-US', 'es', 'de', 'fr', 'tr', 'ar' );
const SMP_WIDGETS_THEMES  = array( 'light', 'dark', 'auto', 'site' );

/** Where a widget's `src` may point: the setting, or the site's own origin. */
function smp_widgets_src_origins() {
	$origins = trim( (string) get_option( 'smp_src_origins', '' ) );
	return '' === $origins ? "'self'" : $origins;
}

function smp_widgets_register() {
	// The translations this plugin ships (languages/): the PHP's and block.json's strings, and the editor's JSON.
	load_plugin_textdomain( 'smp-clinic-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
	$assets = plugins_url( 'assets/', __FILE__ );
	smp_widgets_register_loader( $assets );
	// The embed builder, which the block editor opens on a block's config ("Edit with the builder").
	wp_register_script( 'smp-embed-builder', $assets . 'smp-embed-builder.iife.min.js', array(), SMP_WIDGETS_VERSION, true );
	wp_register_script(
		'smp-blocks-editor',
		plugins_url( 'editor/blocks.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-html-entities', 'smp-embed-builder' ),
		SMP_WIDGETS_VERSION,
		true
	);
	wp_register_style( 'smp-blocks-editor', plugins_url( 'editor/blocks.css', __FILE__ ), array(), SMP_WIDGETS_VERSION );
	wp_add_inline_script(
		'smp-blocks-editor',
		'window.smpBlocksSettings = ' . wp_json_encode(
			array(
				'builder' => $assets . 'builder.html',
				'script'  => add_query_arg( 'ver', SMP_WIDGETS_VERSION, $assets . 'smp-widgets.iife.min.js' ),
			)
		) . ';',
		'before'
	);
	wp_set_script_translations( 'smp-blocks-editor', 'smp-clinic-widgets', plugin_dir_path( __FILE__ ) . 'languages' );

	foreach ( smp_widgets_list() as $tag => $widget ) {
		register_block_type(
			__DIR__ . '/blocks/' . $widget['block'],
			array(
				'render_callback' => function ( $attributes ) use ( $tag ) {
					foreach ( array( 'title', 'config' ) as $key ) {
						if ( isset( $attributes[ $key ] ) ) {
							$attributes[ $key ] = smp_widgets_typed( (string) $attributes[ $key ] );
						}
					}
					// The block's class, alignment and "Additional CSS class" as WordPress writes them. WordPress writes a
					// server-rendered block's anchor itself only from 7.0 on: before, the block gives it.
					$anchor = isset( $attributes['anchor'] ) ? trim( (string) $attributes['anchor'] ) : '';
					return smp_widgets_element( $tag, $attributes, '', get_block_wrapper_attributes( '' !== $anchor ? array( 'id' => $anchor ) : array() ) );
				},
			)
		);
		add_shortcode(
			$widget['shortcode'],
			function ( $atts, $content = '' ) use ( $tag, $widget ) {
				$atts = shortcode_atts(
					array(
						'title'  => '',
						'intro'  => '',
						'id'     => '',
						'src'    => '',
						'locale' => '',
						'theme'  => 'site',
					),
					$atts,
					$widget['shortcode']
				);
				// Post content is HTML: an entity in a shortcode's attribute (&quot;) stands for its character.
				foreach ( array( 'title', 'intro' ) as $key ) {
					$atts[ $key ] = html_entity_decode( (string) $atts[ $key ], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
				}
				return smp_widgets_element( $tag, $atts, trim( html_entity_decode( wp_strip_all_tags( (string) $content ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) );
			}
		);
	}
}
add_action( 'init', 'smp_widgets_register' );

/**
 * The widgets' loader on the site's pages: an ES module of under 1 KB that fetches only the code of the widgets a
 * page shows, from assets/chunks/, and a language pack only when a widget needs it, from assets/locales/. (The
 * classic script, every widget in one file, is for the editor's previews.) WordPress 6.5 and later print it as a
 * script module; earlier versions as a script, which smp_widgets_module_tag() marks as a module.
 */
function smp_widgets_register_loader( $assets ) {
	if ( function_exists( 'wp_register_script_module' ) ) {
		wp_register_script_module( 'smp-widgets', $assets . 'smp-widgets.min.js', array(), SMP_WIDGETS_VERSION );
	} else {
		wp_register_script( 'smp-widgets', $assets . 'smp-widgets.min.js', array(), SMP_WIDGETS_VERSION, true );
	}
}

/** Puts the loader on the page being rendered: a block or shortcode shows a widget. */
function smp_widgets_enqueue_loader() {
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'smp-widgets' );
	} else {
		wp_enqueue_script( 'smp-widgets' );
	}
}

/** Before WordPress 6.5, which has no script modules: the loader's script tag with type="module". */
function smp_widgets_module_tag( $tag, $handle ) {
	if ( 'smp-widgets' !== $handle ) {
		return $tag;
	}
	return preg_replace( '/<script(\s+type=([\'"])text\/javascript\2)?/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'smp_widgets_module_tag', 10, 2 );

/**
 * A block's text as its author typed it. The block editor keeps & < > of the title and the config as entities
 * (editor/blocks.js): WordPress runs kses over block attributes when the user may not post HTML, and kses would
 * turn a bare & into &amp; and delete text between < and >, but leaves these entities alone. Only the three are
 * turned back, in one pass, so anything else an author typed stays as typed. Everything is escaped again when
 * the element is written.
 */
function smp_widgets_typed( $text ) {
	return strtr( $text, array( '&lt;' => '<', '&gt;' => '>', '&amp;' => '&' ) );
}

/**
 * The plugin's shortcodes in a post being saved, with < and > of their attributes and fallback text written as
 * entities, before kses sees them (it runs at priority 10 for users who may not post HTML). kses reads
 * `<6 months>` as a tag and deletes it, and text after it with it: a Shortcode block keeps what the author typed
 * as it is, unlike a paragraph. The shortcodes decode entities, so readers see what was typed. Escaped
 * shortcodes ([[smp_checklist]]) are left alone. The content arrives slashed, which leaves < and > as they are.
 */
function smp_widgets_protect_shortcodes( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '[smp_' ) ) {
		return $content;
	}
	$tags    = wp_list_pluck( smp_widgets_list(), 'shortcode' );
	$pattern = '/' . get_shortcode_regex( array_values( $tags ) ) . '/';
	return preg_replace_callback(
		$pattern,
		function ( $match ) {
			if ( '[' === $match[1] && ']' === $match[6] ) {
				return $match[0];
			}
			$entities = array(
				'<' => '&lt;',
				'>' => '&gt;',
			);
			$open     = '[' . $match[2] . strtr( $match[3], $entities ) . $match[4] . ']';
			$closing  = '' !== $match[5] || false !== strpos( $match[0], '[/' . $match[2] . ']' ) ? strtr( $match[5], $entities ) . '[/' . $match[2] . ']' : '';
			return $match[1] . $open . $closing . $match[6];
		},
		$content
	);
}
add_filter( 'content_save_pre', 'smp_widgets_protect_shortcodes', 9 );

/**
 * JSON with no character that HTML treats specially (& " ' < >): esc_attr() leaves an existing entity such as
 * &quot; as it is, which the browser would then turn back into a quote inside the JSON.
 */
function smp_widgets_json( $config ) {
	return wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
}

/**
 * The element for a block's attributes or a shortcode's: every value escaped by WordPress's own functions,
 * the config as JSON in an attribute, and fallback text for readers without the script. `$wrapper` is what
 * get_block_wrapper_attributes() wrote for a block (its classes and id), already escaped.
 */
function smp_widgets_element( $tag, $attributes, $fallback = '', $wrapper = '' ) {
	$config = array();
	if ( ! empty( $attributes['config'] ) ) {
		$decoded = json_decode( (string) $attributes['config'], true );
		// Text that is not a JSON object goes to the widget as it is: it shows the problem in plain words.
		$config = is_array( $decoded ) ? $decoded : null;
	}
	if ( is_array( $config ) ) {
		foreach ( array( 'title', 'intro', 'id' ) as $key ) {
			if ( isset( $attributes[ $key ] ) && '' !== trim( (string) $attributes[ $key ] ) ) {
				$config[ $key ] = trim( (string) $attributes[ $key ] );
			}
		}
	}
	$html = '<' . $tag . ( '' !== $wrapper ? ' ' . $wrapper : '' );
	if ( null === $config ) {
		$html .= ' config="' . esc_attr( (string) $attributes['config'] ) . '"';
	} elseif ( $config ) {
		$html .= ' config="' . esc_attr( smp_widgets_json( $config ) ) . '"';
	}
	if ( ! empty( $attributes['src'] ) ) {
		$html .= ' src="' . esc_url( $attributes['src'] ) . '"';
	}
	if ( ! empty( $attributes['locale'] ) && in_array( $attributes['locale'], SMP_WIDGETS_LOCALES, true ) ) {
		$html .= ' locale="' . esc_attr( $attributes['locale'] ) . '"';
	}
	$theme = isset( $attributes['theme'] ) && in_array( $attributes['theme'], SMP_WIDGETS_THEMES, true ) ? $attributes['theme'] : 'site';
	$html .= ' theme="' . esc_attr( $theme ) . '"';
	$title = is_array( $config ) && isset( $config['title'] ) && is_string( $config['title'] ) ? $config['title'] . '. ' : '';
	// Text the plugin writes ends with the general-information note; an author's own text is theirs.
	$text = '' !== $fallback ? $fallback : $title . smp_widgets_list()[ $tag ]['fallback'] . ' ' . __( 'General information, not medical advice: ask a qualified clinician about your own case.', 'smp-clinic-widgets' );
	$html .= '>' . esc_html( $text ) . '</' . $tag . '>';

	smp_widgets_enqueue_loader();
	add_action( 'wp_footer', 'smp_widgets_print_origins', 1 );
	return $html;
}

/** The allow-list a widget's `src` is checked against, printed once on pages that show a widget. */
function smp_widgets_print_origins() {
	static $printed = false;
	if ( $printed ) {
		return;
	}
	$printed = true;
	echo '<meta name="smp-src-origins" content="' . esc_attr( smp_widgets_src_origins() ) . '">' . "\n";
}

/**
 * Suggested text for the site's privacy policy (Settings > Privacy > Policy Guide): what the widgets keep, and
 * where. WordPress asks plugins to add it on admin_init.
 */
function smp_widgets_privacy_policy() {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$paragraphs = array(
		__( 'This site shows SMP clinic widgets: a due-diligence checklist, a comparison of clinics’ guarantees and a treatment explainer.', 'smp-clinic-widgets' ),
		__( 'What you tick in the checklist, the clinics you shortlist and the notes you type stay in your own browser (its local storage), so that they are still there when you come back. They are not sent to this site or to anyone else, and you can clear them in the widget or in your browser’s settings. The widgets set no cookies.', 'smp-clinic-widgets' ),
		__( 'A shortlist link you copy holds your clinics and ticks, and your notes if you choose, in the part of the address after #, which browsers do not send to this site. Anyone you give the link to can read them.', 'smp-clinic-widgets' ),
		__( 'The widgets’ scripts and language files load from this site. A widget may load its clinic data from another site only if the site owner allows that site under Settings > SMP clinic widgets.', 'smp-clinic-widgets' ),
	);
	$text = '';
	foreach ( $paragraphs as $paragraph ) {
		$text .= '<p>' . esc_html( $paragraph ) . '</p>';
	}
	wp_add_privacy_policy_content( __( 'SMP Clinic Widgets', 'smp-clinic-widgets' ), $text );
}
add_action( 'admin_init', 'smp_widgets_privacy_policy' );

function smp_widgets_settings() {
	register_setting(
		'smp_widgets',
		'smp_src_origins',
		array(
			'type'              => 'string',
			'sanitize_callback' => 'sanitize_text_field',
			'default'           => '',
		)
	);
	add_settings_section( 'smp_widgets_main', '', '__return_false', 'smp_widgets' );
	add_settings_field(
		'smp_src_origins',
		__( 'Where a widget may load its data from', 'smp-clinic-widgets' ),
		function () {
			printf(
				'<input type="text" class="regular-text" id="smp_src_origins" name="smp_src_origins" value="%s" placeholder="%s"><p class="description">%s</p>',
				esc_attr( (string) get_option( 'smp_src_origins', '' ) ),
				esc_attr( "'self'" ),
				esc_html__( "Origins a widget's src may point to, separated by spaces, for example 'self' https://data.example.org. Empty means this site only.", 'smp-clinic-widgets' )
			);
		},
		'smp_widgets',
		'smp_widgets_main',
		array( 'label_for' => 'smp_src_origins' )
	);
}
add_action( 'admin_init', 'smp_widgets_settings' );

function smp_widgets_settings_page() {
	add_options_page(
		__( 'SMP clinic widgets', 'smp-clinic-widgets' ),
		__( 'SMP clinic widgets', 'smp-clinic-widgets' ),
		'manage_options',
		'smp-widgets',
		function () {
			echo '<div class="wrap"><h1>' . esc_html__( 'SMP clinic widgets', 'smp-clinic-widgets' ) . '</h1><form method="post" action="options.php">';
			settings_fields( 'smp_widgets' );
			do_settings_sections( 'smp_widgets' );
			submit_button();
			echo '</form><p><a href="' . esc_url( plugins_url( 'assets/builder.html', __FILE__ ) ) . '">' . esc_html__( 'Open the embed builder', 'smp-clinic-widgets' ) . '</a></p></div>';
		}
	);
}
add_action( 'admin_menu', 'smp_widgets_settings_page' );
