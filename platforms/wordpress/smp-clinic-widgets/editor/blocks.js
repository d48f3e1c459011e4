/*
 * The three blocks in the block editor: a live preview of the widget itself, and sidebar controls for the
 * title, language, theme and config. The config is checked by the widget's own schema: the preview shows the
 * widget's own messages. The server writes the element on the site (smp-clinic-widgets.php), so the block
 * saves only its attributes and works for authors who may not post HTML.
 */
( function ( wp, settings ) {
	var el = wp.element.createElement;
	var __ = wp.i18n.__;
	var InspectorControls = wp.blockEditor.InspectorControls;
	var useBlockProps = wp.blockEditor.useBlockProps;
	var PanelBody = wp.components.PanelBody;
	var TextControl = wp.components.TextControl;
	var TextareaControl = wp.components.TextareaControl;
	var SelectControl = wp.components.SelectControl;
	var ExternalLink = wp.components.ExternalLink;

	var LOCALES = [
		{ value: '', label: __( 'The page’s language', 'smp-clinic-widgets' ) },
		{ value: 'en-GB', label: 'English (UK)' },
		{ value: 'en-US', label: 'English (US)' },
		{ value: 'es', label: 'Español' },
		{ value: 'de', label: 'Deutsch' },
		{ value: 'fr', label: 'Français' },
		{ value: 'tr', label: 'Türkçe' },
		{ value: 'ar', label: 'العربية' },
	];
	var THEMES = [
		{ value: 'site', label: __( 'Follow the site’s dark mode', 'smp-clinic-widgets' ) },
		{ value: 'light', label: __( 'Light', 'smp-clinic-widgets' ) },
		{ value: 'dark', label: __( 'Dark', 'smp-clinic-widgets' ) },
		{ value: 'auto', label: __( 'Follow the reader’s setting', 'smp-clinic-widgets' ) },
	];

	/*
	 * The title and the config are stored with & < > as entities. WordPress runs kses over block attributes when
	 * the user may not post HTML (authors, contributors): kses would turn a bare & into &amp; and delete text
	 * between < and >, but leaves these entities alone. The server turns them back (smp_widgets_typed), so readers
	 * see what the author typed.
	 */
	var ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
	function stored( text ) {
		return text.replace( /[&<>]/g, function ( character ) {
			return ENTITIES[ character ];
		} );
	}
	function typed( text ) {
		return text.replace( /&(amp|lt|gt);/g, function ( entity ) {
			return { '&amp;': '&', '&lt;': '<', '&gt;': '>' }[ entity ];
		} );
	}

	/** The config the element gets: the JSON field with the title on top, or the text as typed if it is not an object. */
	function configFor( attributes ) {
		var text = typed( attributes.config );
		var title = typed( attributes.title ).trim();
		var config = {};
		if ( text.trim() ) {
			try {
				config = JSON.parse( text );
			} catch ( error ) {
				return text;
			}
			if ( ! config || typeof config !== 'object' || Array.isArray( config ) ) return text;
		}
		if ( title ) config = Object.assign( {}, config, { title: title } );
		return Object.keys( config ).length ? JSON.stringify( config ) : undefined;
	}

	function edit( tag ) {
		return function ( props ) {
			var attributes = props.attributes;
			var set = function ( key ) {
				return function ( value ) {
					var change = {};
					change[ key ] = key === 'title' || key === 'config' ? stored( value ) : value;
					props.setAttributes( change );
				};
			};
			var preview = el( tag, {
				config: configFor( attributes ),
				locale: attributes.locale || undefined,
				theme: attributes.theme || 'site',
			} );
			return el(
				'div',
				useBlockProps(),
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Widget', 'smp-clinic-widgets' ) },
						el( TextControl, { label: __( 'Title', 'smp-clinic-widgets' ), value: typed( attributes.title ), onChange: set( 'title' ) } ),
						el( SelectControl, { label: __( 'Language', 'smp-clinic-widgets' ), value: attributes.locale, options: LOCALES, onChange: set( 'locale' ) } ),
						el( SelectControl, { label: __( 'Theme', 'smp-clinic-widgets' ), value: attributes.theme, options: THEMES, onChange: set( 'theme' ) } ),
						el( TextareaControl, {
							label: __( 'Config (JSON)', 'smp-clinic-widgets' ),
							help: __( 'Checked by the widget itself: the preview names any problem. Make the config without JSON in the builder, then paste it here.', 'smp-clinic-widgets' ),
							value: typed( attributes.config ),
							rows: 8,
							onChange: set( 'config' ),
						} ),
						el( ExternalLink, { href: settings.builder }, __( 'Open the embed builder', 'smp-clinic-widgets' ) )
					)
				),
				preview
			);
		};
	}

	[ 'clinic-checklist', 'guarantee-comparison', 'treatment-explainer' ].forEach( function ( name ) {
		wp.blocks.registerBlockType( 'smp/' + name, {
			edit: edit( 'smp-' + name ),
			// Rendered on the server from the attributes.
			save: function () {
				return null;
			},
		} );
	} );
} )( window.wp, window.smpBlocksSettings || {} );
