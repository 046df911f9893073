<?php
/**
 * Plugin Name:       Luton 2040 widgets
 * Description:       Shows Luton 2040 and Employment & Skills Strategy figures, activities, vacancies and pledges with the [luton_widget] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.5
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       luton2040-widgets
 *
 * @package Luton2040Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit; // Only WordPress may run this file.
}

/**
 * The widgets release this plugin loads. Pinned, so that a new release never changes a live site
 * unseen: update it (and test) to move to a new release.
 */
const LUTON2040_ELEMENTS_VERSION = '0.1.0';

/** Attributes that hold an address: only http(s) addresses are written out. */
const LUTON2040_URL_ATTRIBUTES = array( 'src' );

/** Attributes that are on when present: `hide-filters="yes"`, or the bare word `hide-filters`. */
const LUTON2040_BOOLEAN_ATTRIBUTES = array( 'hide-filters' );

/**
 * Each widget type the shortcode knows: its tag and the attributes an editor may set. Anything else
 * in the shortcode is dropped, so a typo cannot put arbitrary markup on the page.
 *
 * @return array<string, array{tag: string, attributes: string[]}>
 */
function luton2040_widget_types() {
	return array(
		'kpi'             => array(
			'tag'        => 'luton-kpi',
			'attributes' => array( 'kpi', 'compare', 'baseline', 'variant', 'src', 'theme' ),
		),
		'comparator-bars' => array(
			'tag'        => 'luton-comparator-bars',
			'attributes' => array( 'kpi', 'areas', 'reference', 'chart', 'src', 'theme' ),
		),
		'action-tracker'  => array(
			'tag'        => 'luton-action-tracker',
			'attributes' => array( 'priority', 'owner', 'partner', 'status', 'year', 'activity', 'hide-filters', 'heading-level', 'src', 'theme' ),
		),
		'vacancy-feed'    => array(
			'tag'        => 'luton-vacancy-feed',
			'attributes' => array( 'sector', 'contract', 'limit', 'today', 'hide-filters', 'src', 'theme' ),
		),
		'pledge-badge'    => array(
			'tag'        => 'luton-pledge-badge',
			'attributes' => array( 'org', 'variant', 'registry-key', 'today', 'src', 'theme' ),
		),
	);
}

/**
 * The loader's address on the public CDN, pinned to this plugin's release. Sites that host their
 * own copy can change it with the `luton2040_loader_url` filter.
 *
 * @return string
 */
function luton2040_loader_url() {
	$url = 'https://cdn.jsdelivr.net/npm/@luton2040/elements@' . LUTON2040_ELEMENTS_VERSION . '/dist/cdn/luton2040.js';
	return (string) apply_filters( 'luton2040_loader_url', $url );
}

/**
 * Keeps each widget's place before its script has run, so the page does not jump: an undefined tag
 * is inline and empty until its code arrives. The sizes the widgets draw at, as the webmaster guide
 * gives them (from the elements' reserved sizes; the repository's checks keep them equal).
 */
const LUTON2040_RESERVE_CSS = 'luton-kpi:not(:defined){display:block;min-block-size:22rem}luton-kpi[variant="compact"]:not(:defined){min-block-size:14rem}luton-comparator-bars:not(:defined){display:block}luton-action-tracker:not(:defined){display:block}luton-vacancy-feed:not(:defined){display:block}luton-pledge-badge:not(:defined){display:inline-block}';

/** Registers the loader (a module script) and the small reserve style; both load only where used. */
function luton2040_register_assets() {
	// No version query: the address is already pinned to a release.
	wp_register_script_module( 'luton2040-widgets', luton2040_loader_url(), array(), null );
	wp_register_style( 'luton2040-widgets', false, array(), LUTON2040_ELEMENTS_VERSION );
	wp_add_inline_style( 'luton2040-widgets', LUTON2040_RESERVE_CSS );
}
add_action( 'init', 'luton2040_register_assets' );

/** Enqueues early on pages whose content has the shortcode, so that the reserve style is in the head. */
function luton2040_enqueue_for_post() {
	$post = get_post();
	if ( is_singular() && $post && has_shortcode( $post->post_content, 'luton_widget' ) ) {
		wp_enqueue_script_module( 'luton2040-widgets' );
		wp_enqueue_style( 'luton2040-widgets' );
	}
}
add_action( 'wp_enqueue_scripts', 'luton2040_enqueue_for_post' );

/**
 * Reads one attribute from the shortcode. WordPress lowercases attribute names; `hide_filters` is
 * accepted for `hide-filters`, and a bare word (`hide-filters`) arrives as a numbered value.
 *
 * @param array  $atts The shortcode's attributes.
 * @param string $name The widget attribute.
 * @return string|null The value, or null when the shortcode does not set it.
 */
function luton2040_shortcode_value( $atts, $name ) {
	foreach ( array( $name, str_replace( '-', '_', $name ) ) as $key ) {
		if ( isset( $atts[ $key ] ) ) {
			return (string) $atts[ $key ];
		}
	}
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) && strtolower( (string) $value ) === $name ) {
			return 'yes';
		}
	}
	return null;
}

/**
 * One attribute of the widget's tag, escaped. The name comes from luton2040_widget_types(), never
 * from the shortcode.
 *
 * @param string $name  The attribute.
 * @param string $value Its value as the editor wrote it.
 * @return string ` name="value"`, ` name`, or nothing.
 */
function luton2040_attribute( $name, $value ) {
	if ( in_array( $name, LUTON2040_BOOLEAN_ATTRIBUTES, true ) ) {
		return in_array( strtolower( $value ), array( '', 'yes', 'true', '1', 'on' ), true ) ? ' ' . $name : '';
	}
	if ( in_array( $name, LUTON2040_URL_ATTRIBUTES, true ) ) {
		$value = esc_url_raw( $value, array( 'https', 'http' ) );
		if ( '' === $value ) {
			return '';
		}
	}
	return ' ' . $name . '="' . esc_attr( $value ) . '"';
}

/**
 * What the widget shows before its script runs (and, for a pledge badge, if the registry cannot be
 * read): the shortcode's enclosed content, or a link made from `link` and `label`.
 *
 * @param array       $atts    The shortcode's attributes.
 * @param string|null $content The enclosed content, if any.
 * @return string
 */
function luton2040_fallback( $atts, $content ) {
	if ( is_string( $content ) && '' !== trim( $content ) ) {
		return wp_kses_post( $content );
	}
	$link  = isset( $atts['link'] ) ? esc_url_raw( (string) $atts['link'], array( 'https', 'http' ) ) : '';
	$label = isset( $atts['label'] ) ? (string) $atts['label'] : __( 'Luton 2040 figures (source)', 'luton2040-widgets' );
	if ( '' === $link ) {
		return isset( $atts['label'] ) ? esc_html( $label ) : '';
	}
	return '<a href="' . esc_attr( $link ) . '">' . esc_html( $label ) . '</a>';
}

/**
 * The [luton_widget] shortcode: `[luton_widget type="kpi" kpi="neet-rate"]`. See readme.txt.
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content The enclosed content, if any.
 * @return string The widget's markup.
 */
function luton2040_widget_shortcode( $atts, $content = null ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$types = luton2040_widget_types();
	$type  = isset( $atts['type'] ) ? strtolower( (string) $atts['type'] ) : '';
	if ( ! isset( $types[ $type ] ) ) {
		// Nothing visible breaks; the page source says why the widget is missing.
		return '<!-- luton_widget: unknown type; use one of ' . esc_html( implode( ', ', array_keys( $types ) ) ) . ' -->';
	}
	// Also here, for shortcodes outside the post content (widget areas, templates).
	wp_enqueue_script_module( 'luton2040-widgets' );
	wp_enqueue_style( 'luton2040-widgets' );

	$tag  = $types[ $type ]['tag'];
	$html = '<' . $tag;
	foreach ( $types[ $type ]['attributes'] as $name ) {
		$value = luton2040_shortcode_value( $atts, $name );
		if ( null !== $value ) {
			$html .= luton2040_attribute( $name, $value );
		}
	}
	return $html . '>' . luton2040_fallback( $atts, $content ) . '</' . $tag . '>';
}
add_shortcode( 'luton_widget', 'luton2040_widget_shortcode' );
