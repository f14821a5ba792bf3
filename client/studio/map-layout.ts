import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api.js'
import type { GraphEdge, GraphNode, ScriptGraph } from '../../core/studio/script-graph.ts'

export type Point = { x: number; y: number }
export type PlacedNode = GraphNode & { x: number; y: number; width: number; height: number }
export type PlacedEdge = GraphEdge & { points: Point[]; labelBox?: { x: number; y: number; width: number; height: number } }
export type MapLayout = { width: number; height: number; nodes: PlacedNode[]; edges: PlacedEdge[] }

const nodeWidth = 220
const lineHeight = 16
const elk = new ELK()

/** A rough width for a label in the map's 12 px font: CJK characters are about twice as wide. */
export function textWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 7), 0)
}

export function nodeHeight(node: GraphNode): number {
  return 52 + (node.matters?.length ?? 0) * lineHeight
}

/**
 * Lays the script map out top to bottom with ELK's layered algorithm: steps in layers by how far
 * they are from the start, edges routed orthogonally around them, condition labels placed beside
 * their edges so none overlaps a box.
 */
export async function layoutMap(graph: ScriptGraph, edgeText: (edge: GraphEdge) => string): Promise<MapLayout> {
  const root: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.nodeNode': '36',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.placement': 'CENTER',
    },
    children: graph.nodes.map((n) => ({ id: n.id, width: nodeWidth, height: nodeHeight(n) })),
    edges: graph.edges.map((e): ElkExtendedEdge => {
      const text = edgeText(e)
      return { id: e.id, sources: [e.from], targets: [e.to], labels: text ? [{ id: `${e.id}:label`, text, width: textWidth(text) + 8, height: lineHeight + 2 }] : [] }
    }),
  }
  const laid = await elk.layout(root)
  const boxes = new Map((laid.children ?? []).map((c) => [c.id, c]))
  const routes = new Map((laid.edges ?? []).map((e) => [e.id, e as ElkExtendedEdge]))
  return {
    width: laid.width ?? 0,
    height: laid.height ?? 0,
    nodes: graph.nodes.map((n) => {
      const box = boxes.get(n.id)!
      return { ...n, x: box.x ?? 0, y: box.y ?? 0, width: box.width ?? nodeWidth, height: box.height ?? nodeHeight(n) }
    }),
    edges: graph.edges.map((e) => {
      const route = routes.get(e.id)
      const section = route?.sections?.[0]
      const points = section ? [section.startPoint, ...(section.bendPoints ?? []), section.endPoint] : []
      const label = route?.labels?.[0]
      const labelBox = label ? { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } : undefined
      return labelBox ? { ...e, points, labelBox } : { ...e, points }
    }),
  }
}
