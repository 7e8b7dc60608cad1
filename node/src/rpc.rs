//! The node's RPC extensions: `system_accountNextIndex`, `payment_*` and the `plexus_` methods,
//! next to the standard methods `sc-service` serves.

use crate::service::{ParachainClient, TransactionPool};
use jsonrpsee::RpcModule;
use plexus_rpc::{Plexus, PlexusApiServer};
use polkadot_sdk::{
	pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer},
	substrate_frame_rpc_system::{System, SystemApiServer},
};
use std::sync::Arc;

/// The RPC extensions of a full node.
pub fn create_full(
	client: Arc<ParachainClient>,
	pool: Arc<TransactionPool>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>> {
	let mut module = RpcModule::new(());
	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Plexus::new(client).into_rpc())?;
	Ok(module)
}
